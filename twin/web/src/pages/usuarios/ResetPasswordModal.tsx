// "Reset Password: {email}": one new password (at least 8 characters).
import { useState, type FormEvent } from 'react';
import type { AdminUser } from '../../api/types.ts';
import { Field } from '../../components/Field.tsx';
import { Overlay } from './Overlay.tsx';

interface Props {
  user: AdminUser;
  onCancel(): void;
  onReset(newPassword: string): Promise<boolean>;
}

export function ResetPasswordModal({ user, onCancel, onReset }: Props) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const done = await onReset(password);
    setBusy(false);
    if (done) onCancel();
  }

  return (
    <Overlay onClose={onCancel}>
      <h3>Reset Password: {user.user_email}</h3>
      <form onSubmit={handleSubmit}>
        <Field label="Nueva Password *" hint={<span className="helper">Minimo 8 caracteres</span>}>
          <input type="password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <div className="btn-row">
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            Cancelar
          </button>
          <button type="submit" className="btn" disabled={busy}>
            Resetear
          </button>
        </div>
      </form>
    </Overlay>
  );
}
