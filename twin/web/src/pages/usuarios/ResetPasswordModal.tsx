// "Reset Password: {email}": one new password (at least 8 characters).
import { useState } from 'react';
import type { AdminUser } from '../../api/types.ts';
import { LabeledInput } from '../../components/Field.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { OverlayForm } from './Overlay.tsx';

interface Props {
  user: AdminUser;
  onCancel(): void;
  onReset(newPassword: string): Promise<boolean>;
}

export function ResetPasswordModal({ user, onCancel, onReset }: Props) {
  const [password, setPassword] = useState('');
  const { busy, perform } = useBusyAction(onCancel);

  return (
    <OverlayForm
      title={<>Reset Password: {user.user_email}</>}
      submitLabel="Resetear"
      busy={busy}
      onSubmit={() => void perform(() => onReset(password))}
      onCancel={onCancel}
    >
      <LabeledInput
        label="Nueva Password *"
        hint={<span className="helper">Minimo 8 caracteres</span>}
        type="password"
        required
        minLength={8}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
    </OverlayForm>
  );
}
