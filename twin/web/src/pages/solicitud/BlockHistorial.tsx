// "Historial de cambios" block: raw campo names, newest first (as the API orders them).
import { TableScroll } from '../../components/MessageBox.tsx';
import { formatDateTime, orDash } from '../../format.ts';
import type { DetalleProps } from './detalle.ts';

export function BlockHistorial({ detail }: DetalleProps) {
  return (
    <section className="card">
      <h3>Historial de cambios</h3>
      {detail.historial.length === 0 ? (
        <p>Sin cambios registrados.</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Fecha</th>
                <th>Campo</th>
                <th>Anterior</th>
                <th>Nuevo</th>
                <th>Usuario</th>
                <th>Comentario</th>
              </tr>
            </thead>
            <tbody>
              {detail.historial.map((row) => (
                <tr key={row.historial_id}>
                  <td>{formatDateTime(row.cambiado_en)}</td>
                  <td>{row.campo}</td>
                  <td>{orDash(row.valor_anterior)}</td>
                  <td>{orDash(row.valor_nuevo)}</td>
                  <td>{orDash(row.usuario_nombre)}</td>
                  <td>{orDash(row.comentario)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
