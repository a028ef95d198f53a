// Admin reports (contract §6.10): filters, KPI cards, three bar charts, rankings.
import { useEffect, useState } from 'react';
import { ApiError, api, query } from '../../api/client.ts';
import type { Envelope, ReportData } from '../../api/types.ts';
import { hasRole, useAuth } from '../../auth/AuthContext.tsx';
import { MessageBox } from '../../components/MessageBox.tsx';
import { exportReportCsv } from './exportCsv.ts';
import { defaultFilters, type ReportFilters } from './filters.ts';
import { KpiCards } from './KpiCards.tsx';
import { Rankings } from './Rankings.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import { ReportFiltersBar } from './ReportFiltersBar.tsx';

export function ReportesAdmin() {
  const { user } = useAuth();
  const isAdmin = hasRole(user, 'ADMIN');
  const [filters, setFilters] = useState<ReportFilters>(defaultFilters);
  const [data, setData] = useState<ReportData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  useEffect(() => {
    // Non-admins get the "No autorizado" page without a request that can only answer 403.
    if (!isAdmin) return;
    let cancelled = false;
    setLoading(true);
    setError('');
    api
      .get<Envelope<ReportData>>(`/admin/reportes${query({ ...filters })}`)
      .then((res) => !cancelled && setData(res.data))
      .catch((err: unknown) => {
        if (cancelled) return;
        setData(null);
        setError(
          err instanceof ApiError && (err.status === 401 || err.status === 403)
            ? 'No autorizado. Solo administradores pueden ver reportes.'
            : 'Error al cargar reportes.',
        );
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [filters, isAdmin]);

  if (!isAdmin) {
    return (
      <div>
        <h2>No autorizado</h2>
        <p>Solo los administradores pueden acceder a esta pagina.</p>
      </div>
    );
  }

  const empty = data !== null && data.kpis.solicitudes === 0 && data.series.length === 0;

  return (
    <div>
      <h2>Reportes</h2>
      <ReportFiltersBar
        value={filters}
        onChange={setFilters}
        onReset={() => setFilters(defaultFilters())}
        onExport={() => data && exportReportCsv(data, filters)}
        canExport={data !== null}
      />
      <MessageBox tone="error">{error}</MessageBox>
      {loading && <p>Cargando reportes...</p>}
      {!loading && data && (
        <>
          {empty && <MessageBox tone="info">No hay datos para el rango/estado seleccionado.</MessageBox>}
          <KpiCards kpis={data.kpis} />
          <ReportCharts data={data} />
          <Rankings data={data} />
        </>
      )}
    </div>
  );
}
