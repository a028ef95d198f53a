// Collapsible "Permisos por Rol": the POLICY matrix from GET /admin/permisos, one row per estado.
import { useState } from 'react';
import { api, errorText } from '../../api/client.ts';
import { ESTADOS_OPERATIVOS, ROLES, type Envelope } from '../../api/types.ts';
import { MessageBox, TableScroll } from '../../components/MessageBox.tsx';

type Matrix = Record<string, Record<string, string[]>>;

/** Actions for (estado, rol); the JSON may be keyed role→estado (as POLICY is) or estado→role. */
function actionsFor(matrix: Matrix, estado: string, rol: string): string[] {
  return matrix[rol]?.[estado] ?? matrix[estado]?.[rol] ?? [];
}

export function PermisosPanel() {
  const [open, setOpen] = useState(false);
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [error, setError] = useState('');

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !matrix) {
      api
        .get<Envelope<Matrix>>('/admin/permisos')
        .then((res) => setMatrix(res.data))
        .catch((err: unknown) => setError(errorText(err)));
    }
  }

  return (
    <section style={{ marginTop: 16 }}>
      <button type="button" className="btn btn-secondary" onClick={toggle}>
        {open ? '▼ Permisos por Rol' : '▶ Permisos por Rol'}
      </button>
      {open && <MessageBox tone="error">{error}</MessageBox>}
      {open && matrix && (
        <TableScroll>
          <table style={{ marginTop: 8 }}>
            <thead>
              <tr>
                <th>Estado</th>
                {ROLES.map((rol) => (
                  <th key={rol}>{rol}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ESTADOS_OPERATIVOS.map((estado) => (
                <tr key={estado}>
                  <td>{estado}</td>
                  {ROLES.map((rol) => {
                    const actions = actionsFor(matrix, estado, rol);
                    return <td key={rol}>{actions.length > 0 ? actions.join(', ') : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
