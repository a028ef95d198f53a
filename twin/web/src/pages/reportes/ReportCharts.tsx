// The three recharts bar charts, each in a ResponsiveContainer 250 px high, or `Sin datos`.
import type { ReactElement, ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportData } from '../../api/types.ts';

const ESTADO_COLORS: Record<string, string> = {
  REGISTRADO: '#6366f1',
  ASIGNADO_GESTOR: '#f59e0b',
  PAGADO: '#10b981',
  ASIGNADO_MEDICO: '#0ea5e9',
  CERRADO: '#16a34a',
  CANCELADO: '#9ca3af',
};

const CHART_HEIGHT = 250;
// Bars are drawn at once (no grow animation) so screenshots taken as evidence show the final values.

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <div className="card chart-card">
      <h3>{title}</h3>
      {empty ? (
        <div className="no-data">Sin datos</div>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {children as ReactElement}
        </ResponsiveContainer>
      )}
    </div>
  );
}

export function ReportCharts({ data }: { data: ReportData }) {
  const noSeries = data.series.length === 0;
  const noDistribution = data.distribucion.every((d) => d.cantidad === 0);
  return (
    <div className="chart-grid">
      <ChartCard title="Solicitudes en el tiempo" empty={noSeries}>
        <BarChart data={data.series}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="periodo" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="solicitudes" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title="Ingresos en el tiempo" empty={noSeries}>
        <BarChart data={data.series}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="periodo" />
          <YAxis />
          <Tooltip />
          <Bar dataKey="ingresos" fill="#16a34a" isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title="Distribucion por estado" empty={noDistribution}>
        <BarChart data={data.distribucion} layout="vertical" margin={{ left: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="estado" width={120} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="cantidad" isAnimationActive={false}>
            {data.distribucion.map((d) => (
              <Cell key={d.estado} fill={ESTADO_COLORS[d.estado] ?? '#6b7280'} />
            ))}
          </Bar>
        </BarChart>
      </ChartCard>
    </div>
  );
}
