// Role checkboxes wrapped in their labels, so `getByRole('checkbox', {name: 'GESTOR'})` finds them.
import { ROLES, type Role } from '../../api/types.ts';

export function RoleCheckboxes({ value, onChange }: { value: Role[]; onChange(next: Role[]): void }) {
  function toggle(role: Role, checked: boolean) {
    onChange(checked ? [...value, role] : value.filter((r) => r !== role));
  }
  return (
    <div className="btn-row">
      {ROLES.map((role) => (
        <label key={role} style={{ display: 'inline-flex', gap: 4, alignItems: 'center', minHeight: 32 }}>
          <input type="checkbox" checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
          {role}
        </label>
      ))}
    </div>
  );
}
