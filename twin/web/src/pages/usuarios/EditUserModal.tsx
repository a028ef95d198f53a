// "Editar: {email}": persona fields and roles; only the changed fields are PATCHed.
import { useState } from 'react';
import type { AdminUser, Role } from '../../api/types.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { OverlayForm } from './Overlay.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

const TEXT_FIELDS = [
  { key: 'nombres', label: 'Nombres', type: 'text' },
  { key: 'apellidos', label: 'Apellidos', type: 'text' },
  { key: 'telefono', label: 'Celular 1', type: 'text' },
  { key: 'celular_2', label: 'Celular 2', type: 'text' },
  { key: 'telefono_fijo', label: 'Telefono Fijo', type: 'text' },
  { key: 'email', label: 'Email Personal', type: 'email' },
  { key: 'fecha_nacimiento', label: 'Fecha de Nacimiento', type: 'date' },
  { key: 'direccion', label: 'Direccion', type: 'text' },
] as const;

type TextKey = (typeof TEXT_FIELDS)[number]['key'] | 'comentario';

function initialValues(user: AdminUser): Record<TextKey, string> {
  return {
    nombres: user.nombres ?? '',
    apellidos: user.apellidos ?? '',
    telefono: user.telefono ?? '',
    celular_2: user.celular_2 ?? '',
    telefono_fijo: user.telefono_fijo ?? '',
    email: user.email ?? '',
    fecha_nacimiento: user.fecha_nacimiento ?? '',
    direccion: user.direccion ?? '',
    comentario: user.comentario ?? '',
  };
}

interface Props {
  user: AdminUser;
  onCancel(): void;
  onSave(changes: Record<string, unknown>): Promise<boolean>;
}

export function EditUserModal({ user, onCancel, onSave }: Props) {
  const initial = initialValues(user);
  const [values, setValues] = useState(initial);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const { busy, perform } = useBusyAction(onCancel);

  function handleSubmit() {
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(values) as TextKey[]) {
      if (values[key] !== initial[key]) changes[key] = values[key] === '' && key === 'fecha_nacimiento' ? null : values[key];
    }
    const sameRoles = roles.length === user.roles.length && roles.every((r) => user.roles.includes(r));
    if (!sameRoles) changes.roles = roles;
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    void perform(() => onSave(changes));
  }

  return (
    <OverlayForm title={<>Editar: {user.user_email}</>} submitLabel="Guardar" busy={busy} onSubmit={handleSubmit} onCancel={onCancel}>
      <div className="form-grid">
        {TEXT_FIELDS.map((field) => (
          <LabeledInput
            key={field.key}
            label={field.label}
            type={field.type}
            value={values[field.key]}
            onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
          />
        ))}
      </div>
      <Field label="Comentario">
        <textarea value={values.comentario} onChange={(e) => setValues((v) => ({ ...v, comentario: e.target.value }))} />
      </Field>
      <Field label="Roles">
        <RoleCheckboxes value={roles} onChange={setRoles} />
      </Field>
    </OverlayForm>
  );
}
