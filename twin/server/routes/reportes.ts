// GET /admin/reportes (contract §1.7), computed in SQL over the twin's DB with the same rules as prod's service.
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';
import { ESTADO_OPERATIVO_SQL, ESTADOS } from '../policy.ts';
import { query } from '../request.ts';
import { requireAdmin } from '../sessions.ts';
import { iso, rows, type Db } from '../../db/pool.ts';
import { date, obj, optional, str } from '../validate.ts';

const ReportQuery = obj({ desde: optional(date()), hasta: optional(date()), estado: optional(str()), agrupacion: optional(str()) });

const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;
const addDays = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

function emptyReport() {
  return {
    kpis: { solicitudes: 0, cerradas: 0, ingresos: 0, ticket_promedio: 0 },
    series: [],
    distribucion: ESTADOS.map((estado) => ({ estado, cantidad: 0 })),
    ranking_promotores: [],
    ranking_equipo: { gestores: [], medicos: [], operadores: [] },
  };
}

async function buildReport(db: Db, desde: string, hasta: string, estado: string | undefined, semanal: boolean) {
  const end = addDays(hasta, 1); // inclusive `hasta`: created_at < hasta + 1 day
  const inRange = 's.created_at >= ? AND s.created_at < ?';
  const period = (col: string) => (semanal ? `CONCAT(YEAR(${col}), '-W', LPAD(WEEK(${col}, 1), 2, '0'))` : `DATE_FORMAT(${col}, '%Y-%m')`);
  const estadoFilter = estado ? ` AND ${ESTADO_OPERATIVO_SQL} = ?` : '';
  const estadoParams = estado ? [estado] : [];

  const [k] = await rows(db, `SELECT COUNT(*) AS n FROM solicitud_cmep s WHERE ${inRange}${estadoFilter}`, [desde, end, ...estadoParams]);
  const [c] = await rows(db, `SELECT COUNT(*) AS n FROM solicitud_cmep s WHERE ${inRange} AND s.estado_atencion = 'ATENDIDO'`, [desde, end]);
  const [ing] = await rows(
    db,
    `SELECT COALESCE(SUM(p.monto), 0) AS total, COUNT(DISTINCT p.solicitud_id) AS n FROM pago_solicitud p
      WHERE p.validated_at IS NOT NULL AND p.fecha_pago >= ? AND p.fecha_pago <= ?`,
    [desde, hasta],
  );
  const solicitudes = Number(k?.n ?? 0);
  const ingresos = Number(ing?.total ?? 0);
  const pagadas = Number(ing?.n ?? 0);

  const serieSol = await rows(
    db,
    `SELECT ${period('s.created_at')} AS periodo, COUNT(*) AS n FROM solicitud_cmep s WHERE ${inRange}${estadoFilter} GROUP BY periodo`,
    [desde, end, ...estadoParams],
  );
  const serieIng = await rows(
    db,
    `SELECT ${period('p.fecha_pago')} AS periodo, SUM(p.monto) AS total FROM pago_solicitud p
      WHERE p.validated_at IS NOT NULL AND p.fecha_pago >= ? AND p.fecha_pago <= ? GROUP BY periodo`,
    [desde, hasta],
  );
  const periods = [...new Set([...serieSol, ...serieIng].map((r) => String(r.periodo)))].sort();
  const series = periods.map((periodo) => ({
    periodo,
    solicitudes: Number(serieSol.find((r) => r.periodo === periodo)?.n ?? 0),
    ingresos: Number(serieIng.find((r) => r.periodo === periodo)?.total ?? 0),
  }));

  const dist = await rows(db, `SELECT ${ESTADO_OPERATIVO_SQL} AS estado, COUNT(*) AS n FROM solicitud_cmep s WHERE ${inRange} GROUP BY estado`, [desde, end]);
  const distribucion = ESTADOS.map((e) => ({ estado: e, cantidad: Number(dist.find((d) => d.estado === e)?.n ?? 0) }));

  const promotores = await rows(
    db,
    `SELECT pr.promotor_id, pr.tipo_promotor, pr.razon_social, pr.nombre_promotor_otros, pr.fuente_promotor, pe.nombres, pe.apellidos,
            COUNT(DISTINCT s.cliente_id) AS clientes, COUNT(*) AS solicitudes
       FROM solicitud_cmep s JOIN promotores pr ON pr.promotor_id = s.promotor_id LEFT JOIN personas pe ON pe.persona_id = pr.persona_id
      WHERE ${inRange} GROUP BY pr.promotor_id ORDER BY clientes DESC, pr.promotor_id LIMIT 20`,
    [desde, end],
  );
  const ranking_promotores = promotores.map((p) => ({
    promotor_id: p.promotor_id,
    nombre: p.tipo_promotor === 'PERSONA' ? `${p.nombres ?? ''} ${p.apellidos ?? ''}`.trim()
      : p.tipo_promotor === 'EMPRESA' ? p.razon_social : (p.nombre_promotor_otros ?? p.fuente_promotor),
    clientes: Number(p.clientes),
    solicitudes: Number(p.solicitudes),
    porcentaje: solicitudes ? round((Number(p.solicitudes) / solicitudes) * 100, 1) : 0,
  }));

  const equipo = async (rol: string) => (await rows(
    db,
    `SELECT a.persona_id, CONCAT(pe.nombres, ' ', pe.apellidos) AS nombre, COUNT(*) AS solicitudes,
            SUM(s.estado_atencion = 'ATENDIDO') AS cerradas, MAX(s.updated_at) AS ultima
       FROM solicitud_asignacion a JOIN solicitud_cmep s ON s.solicitud_id = a.solicitud_id JOIN personas pe ON pe.persona_id = a.persona_id
      WHERE a.rol = ? AND a.es_vigente AND ${inRange} GROUP BY a.persona_id ORDER BY solicitudes DESC, a.persona_id LIMIT 20`,
    [rol, desde, end],
  )).map((r) => ({ persona_id: r.persona_id, nombre: r.nombre, solicitudes: Number(r.solicitudes), cerradas: Number(r.cerradas), ultima_actividad: iso(r.ultima) }));

  return {
    kpis: { solicitudes, cerradas: Number(c?.n ?? 0), ingresos, ticket_promedio: pagadas ? round(ingresos / pagadas, 2) : 0 },
    series,
    distribucion,
    ranking_promotores,
    ranking_equipo: { gestores: await equipo('GESTOR'), medicos: await equipo('MEDICO'), operadores: [] },
  };
}

export function registerReportesRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.get('/admin/reportes', async (req) => {
    await requireAdmin(ctx, req);
    const q = query(req, ReportQuery);
    if (ctx.faults.has('reports-500')) throw new Error('twin fault reports-500');
    if (ctx.faults.has('reports-empty')) return { ok: true, data: emptyReport() };
    const hasta = q.hasta ?? new Date().toISOString().slice(0, 10);
    const desde = q.desde ?? addDays(hasta, -30);
    return { ok: true, data: await buildReport(ctx.pool, desde, hasta, q.estado ?? undefined, q.agrupacion === 'semanal') };
  });
}
