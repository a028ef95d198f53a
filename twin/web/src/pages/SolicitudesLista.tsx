// Solicitudes list (contract §6.6). Filters live in the URL: q, estado_operativo, page.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorText, query } from '../api/client.ts';
import { ESTADOS_OPERATIVOS, type ListMeta, type SolicitudListItem } from '../api/types.ts';
import { Badge, MessageBox } from '../components/MessageBox.tsx';
import { formatDate, orDash, spacedEnum } from '../format.ts';
import { SolicitudesTable, type SolicitudColumn } from './SolicitudesTable.tsx';

const PAGE_SIZE = 20;

const LIST_COLUMNS: SolicitudColumn[] = [
  { header: 'Codigo', cell: (item) => item.codigo },
  { header: 'Cliente', cell: (item) => item.cliente.nombre },
  { header: 'Documento', cell: (item) => item.cliente.doc },
  { header: 'Estado', cell: (item) => <Badge text={spacedEnum(item.estado_operativo)} tone={item.estado_operativo} /> },
  { header: 'Gestor', cell: (item) => orDash(item.gestor) },
  { header: 'Medico', cell: (item) => orDash(item.medico) },
  { header: 'Fecha', cell: (item) => formatDate(item.created_at) },
];

interface ListResponse {
  data: { items: SolicitudListItem[] };
  meta: ListMeta;
}

export function SolicitudesLista() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const estado = params.get('estado_operativo') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  const [search, setSearch] = useState(q);
  const [items, setItems] = useState<SolicitudListItem[]>([]);
  const [meta, setMeta] = useState<ListMeta | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError('');
    api
      .get<ListResponse>(`/solicitudes${query({ page, page_size: PAGE_SIZE, q, estado_operativo: estado })}`)
      .then((res) => {
        if (cancelled) return;
        setItems(res.data.items);
        setMeta(res.meta);
      })
      .catch((err: unknown) => !cancelled && setError(errorText(err)))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [q, estado, page]);

  function updateParams(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  }

  function handleSearch(event: FormEvent) {
    event.preventDefault();
    updateParams({ q: search.trim(), page: '' });
  }

  const totalPages = meta ? Math.max(1, Math.ceil(meta.total / (meta.page_size || PAGE_SIZE))) : 1;

  return (
    <div>
      <div className="page-header">
        <h2>Solicitudes</h2>
        <button type="button" className="btn" onClick={() => navigate('/app/solicitudes/nueva')}>
          + Registrar Solicitud
        </button>
      </div>

      <form className="filters" onSubmit={handleSearch}>
        <input
          type="text"
          placeholder="Buscar por documento o nombre..."
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ flex: '1 1 220px' }}
        />
        <button type="submit" className="btn">
          Buscar
        </button>
        <select value={estado} onChange={(e) => updateParams({ estado_operativo: e.target.value, page: '' })}>
          <option value="">Todos los estados</option>
          {ESTADOS_OPERATIVOS.map((value) => (
            <option key={value} value={value}>
              {spacedEnum(value)}
            </option>
          ))}
        </select>
      </form>

      <MessageBox tone="error">{error}</MessageBox>
      {loading && <p>Cargando...</p>}
      {!loading && !error && items.length === 0 && <p>No se encontraron solicitudes.</p>}
      {!loading && items.length > 0 && (
        <SolicitudesTable items={items} columns={LIST_COLUMNS} />
      )}

      {meta && totalPages > 1 && (
        <div className="btn-row" style={{ marginTop: 10 }}>
          <button type="button" className="btn btn-secondary" disabled={page <= 1} onClick={() => updateParams({ page: String(page - 1) })}>
            Anterior
          </button>
          <span>
            Pagina {page} de {totalPages} ({meta.total} resultados)
          </span>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={page >= totalPages}
            onClick={() => updateParams({ page: String(page + 1) })}
          >
            Siguiente
          </button>
        </div>
      )}
    </div>
  );
}
