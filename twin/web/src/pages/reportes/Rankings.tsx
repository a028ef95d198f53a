// "Ranking Promotores" and "Ranking Equipo" (tabs gestores / medicos / operadores, lowercase in the DOM).
import { useState } from 'react';
import type { ReportData } from '../../api/types.ts';
import { TableScroll } from '../../components/MessageBox.tsx';
import { formatDateTime } from '../../format.ts';

type TeamTab = keyof ReportData['ranking_equipo'];
const TEAM_TABS: TeamTab[] = ['gestores', 'medicos', 'operadores'];

function RankingPromotores({ rows }: { rows: ReportData['ranking_promotores'] }) {
  return (
    <div className="card">
      <h3>Ranking Promotores</h3>
      {rows.length === 0 ? (
        <p>Sin datos de promotores en este rango.</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Promotor</th>
                <th>Clientes</th>
                <th>Solicitudes</th>
                <th>% Total</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.promotor_id}>
                  <td>{row.nombre}</td>
                  <td>{row.clientes}</td>
                  <td>{row.solicitudes}</td>
                  <td>{row.porcentaje}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

function RankingEquipo({ ranking }: { ranking: ReportData['ranking_equipo'] }) {
  const [tab, setTab] = useState<TeamTab>('gestores');
  const rows = ranking[tab] ?? [];
  return (
    <div className="card">
      <h3>Ranking Equipo</h3>
      <div className="btn-row" style={{ marginBottom: 8 }}>
        {TEAM_TABS.map((name) => (
          <button
            key={name}
            type="button"
            className={`btn btn-small btn-secondary tab-button${tab === name ? ' tab-active' : ''}`}
            onClick={() => setTab(name)}
          >
            {name}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p>Sin datos para este rol en el rango.</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Usuario</th>
                <th>Solicitudes</th>
                <th>Cerradas</th>
                <th>Ultima actividad</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.persona_id}>
                  <td>{row.nombre}</td>
                  <td>{row.solicitudes}</td>
                  <td>{row.cerradas}</td>
                  <td>{formatDateTime(row.ultima_actividad)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

export function Rankings({ data }: { data: ReportData }) {
  return (
    <div className="chart-grid" style={{ marginTop: 14 }}>
      <RankingPromotores rows={data.ranking_promotores} />
      <RankingEquipo ranking={data.ranking_equipo} />
    </div>
  );
}
