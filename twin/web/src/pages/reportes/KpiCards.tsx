// The four KPI cards; money in soles as the es-PE locale writes it.
import type { ReportData } from '../../api/types.ts';
import { formatSoles } from '../../format.ts';

export function KpiCards({ kpis }: { kpis: ReportData['kpis'] }) {
  const cards = [
    { label: 'Solicitudes', value: String(kpis.solicitudes) },
    { label: 'Cerradas', value: String(kpis.cerradas) },
    { label: 'Ingresos', value: formatSoles(kpis.ingresos) },
    { label: 'Ticket promedio', value: formatSoles(kpis.ticket_promedio) },
  ];
  return (
    <div className="kpi-grid">
      {cards.map((card) => (
        <div key={card.label} className="kpi-card">
          <div className="kpi-label">{card.label}</div>
          <div className="kpi-value">{card.value}</div>
        </div>
      ))}
    </div>
  );
}
