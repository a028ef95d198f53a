// Client-side CSV of the current report (series, distribution, KPIs), saved as reporte_cmep_{desde}_{hasta}.csv.
import type { ReportData } from '../../api/types.ts';
import type { ReportFilters } from './filters.ts';

function csvLine(cells: (string | number)[]): string {
  return cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',');
}

export function exportReportCsv(data: ReportData, filters: ReportFilters): void {
  const lines = [
    csvLine(['KPI', 'Valor']),
    csvLine(['Solicitudes', data.kpis.solicitudes]),
    csvLine(['Cerradas', data.kpis.cerradas]),
    csvLine(['Ingresos', data.kpis.ingresos]),
    csvLine(['Ticket promedio', data.kpis.ticket_promedio]),
    '',
    csvLine(['Periodo', 'Solicitudes', 'Ingresos']),
    ...data.series.map((s) => csvLine([s.periodo, s.solicitudes, s.ingresos])),
    '',
    csvLine(['Estado', 'Cantidad']),
    ...data.distribucion.map((d) => csvLine([d.estado, d.cantidad])),
  ];
  const blob = new Blob([lines.join('\n')], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `reporte_cmep_${filters.desde}_${filters.hasta}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
