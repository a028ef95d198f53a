// The clickable solicitudes table shared by Inicio (recent solicitudes) and the Solicitudes list. Rows
// are plain clickable <tr> that open the detail, with no links inside (contract §6.5, §6.6); each page
// chooses its own columns, because the two tables differ in them and in how they show the estado.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SolicitudListItem } from '../api/types.ts';
import { TableScroll } from '../components/MessageBox.tsx';

export interface SolicitudColumn {
  header: string;
  cell(item: SolicitudListItem): ReactNode;
}

export function SolicitudesTable({ items, columns }: { items: SolicitudListItem[]; columns: SolicitudColumn[] }) {
  const navigate = useNavigate();
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.solicitud_id} className="clickable" onClick={() => navigate(`/app/solicitudes/${item.solicitud_id}`)}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(item)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
