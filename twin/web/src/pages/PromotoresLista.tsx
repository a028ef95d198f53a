// Promotores (contract §6.11), kept minimal: the list and delete. The checklist never edits promotores.
import { useCallback, useEffect, useState } from 'react';
import { api, errorText } from '../api/client.ts';
import type { Envelope, PromotorItem } from '../api/types.ts';
import { MessageBox, TableScroll } from '../components/MessageBox.tsx';
import { orDash } from '../format.ts';

export function PromotoresLista() {
  const [items, setItems] = useState<PromotorItem[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(() => {
    api
      .get<Envelope<PromotorItem[]>>('/promotores')
      .then((res) => setItems(res.data))
      .catch((err: unknown) => setError(errorText(err)));
  }, []);

  useEffect(load, [load]);

  async function handleDelete(promotor: PromotorItem) {
    if (!window.confirm('Eliminar este promotor?')) return;
    setError('');
    try {
      await api.delete(`/promotores/${promotor.promotor_id}`);
      load();
    } catch (err) {
      // The real app went blank on this 409 (dict detail); the twin prints it.
      setError(errorText(err));
    }
  }

  return (
    <div>
      <div className="page-header">
        <h2>Promotores</h2>
        <button type="button" className="btn" disabled title="No disponible en el twin">
          + Nuevo promotor
        </button>
      </div>
      <MessageBox tone="error">{error}</MessageBox>
      {items === null && !error && <p>Cargando...</p>}
      {items !== null && items.length === 0 && <p>No hay promotores registrados.</p>}
      {items !== null && items.length > 0 && (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Tipo</th>
                <th>Nombre</th>
                <th>RUC</th>
                <th>Email</th>
                <th>Celular</th>
                <th>Fuente</th>
                <th>Acciones</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.promotor_id}>
                  <td>{p.tipo_promotor}</td>
                  <td>{p.nombre}</td>
                  <td>{orDash(p.ruc)}</td>
                  <td>{orDash(p.email)}</td>
                  <td>{orDash(p.celular_1)}</td>
                  <td>{orDash(p.fuente_promotor)}</td>
                  <td>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => handleDelete(p)}>
                      Eliminar
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
