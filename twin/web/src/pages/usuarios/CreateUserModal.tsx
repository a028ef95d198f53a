// "Nuevo Usuario": labels not associated with inputs, four untyped text inputs in the real order
// (Nombres, Apellidos, Numero Doc, Celular 1); `Crear` stays disabled until a role is checked.
import { useState } from 'react';
import type { Role } from '../../api/types.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { OverlayForm } from './Overlay.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

export interface NewUserPayload {
  user_email: string;
  password: string;
  nombres: string;
  apellidos: string;
  tipo_documento: string;
  numero_documento: string;
  telefono?: string;
  roles: Role[];
}

interface Props {
  onCancel(): void;
  /** Resolves true when the user was created (the modal then closes); on error it stays open. */
  onCreate(payload: NewUserPayload): Promise<boolean>;
}

export function CreateUserModal({ onCancel, onCreate }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [nombres, setNombres] = useState('');
  const [apellidos, setApellidos] = useState('');
  const [tipoDoc, setTipoDoc] = useState('DNI');
  const [numeroDoc, setNumeroDoc] = useState('');
  const [celular, setCelular] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const { busy, perform } = useBusyAction(onCancel);

  function handleSubmit() {
    const payload: NewUserPayload = {
      user_email: email.trim(),
      password,
      nombres: nombres.trim(),
      apellidos: apellidos.trim(),
      tipo_documento: tipoDoc,
      numero_documento: numeroDoc.trim(),
      roles,
      ...(celular.trim() ? { telefono: celular.trim() } : {}),
    };
    void perform(() => onCreate(payload));
  }

  return (
    <OverlayForm title="Nuevo Usuario" submitLabel="Crear" busy={busy} canSubmit={roles.length > 0} onSubmit={handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        <LabeledInput label="Email *" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <LabeledInput label="Password *" type="password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
        <LabeledInput label="Nombres *" required value={nombres} onChange={(e) => setNombres(e.target.value)} />
        <LabeledInput label="Apellidos *" required value={apellidos} onChange={(e) => setApellidos(e.target.value)} />
        <Field label="Tipo Doc *">
          <select value={tipoDoc} onChange={(e) => setTipoDoc(e.target.value)}>
            <option value="DNI">DNI</option>
            <option value="CE">CE</option>
            <option value="PASAPORTE">PASAPORTE</option>
          </select>
        </Field>
        <LabeledInput label="Numero Doc *" required value={numeroDoc} onChange={(e) => setNumeroDoc(e.target.value)} />
        <LabeledInput label="Celular 1" value={celular} onChange={(e) => setCelular(e.target.value)} />
      </div>
      <Field label="Roles *">
        <RoleCheckboxes value={roles} onChange={setRoles} />
      </Field>
    </OverlayForm>
  );
}
