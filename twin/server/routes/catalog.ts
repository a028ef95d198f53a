// GET /servicios and GET /empleados?rol= (contract §1.2): what the create and assignment forms list.
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';
import { query } from '../request.ts';
import { requireUser } from '../sessions.ts';
import { rows } from '../../db/pool.ts';
import { obj, str } from '../validate.ts';

export function registerCatalogRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.get('/servicios', async (req) => {
    await requireUser(ctx, req);
    const data = await rows(
      ctx.pool,
      'SELECT servicio_id, descripcion_servicio, tarifa_servicio, moneda_tarifa FROM servicios ORDER BY servicio_id',
    );
    return { ok: true, data: data.map((s) => ({ ...s })) };
  });

  app.get('/empleados', async (req) => {
    await requireUser(ctx, req);
    const { rol } = query(req, obj({ rol: str() }));
    const data = await rows(
      ctx.pool,
      `SELECT p.persona_id, CONCAT(p.nombres, ' ', p.apellidos) AS nombre, e.rol_empleado AS rol
         FROM empleado e JOIN personas p ON p.persona_id = e.persona_id
        WHERE e.rol_empleado = ? AND e.estado_empleado = 'ACTIVO' ORDER BY e.empleado_id`,
      [rol],
    );
    // empleados-empty: the assignment lists come back empty (a broken join or filter), so nobody can be assigned.
    if (ctx.faults.has('empleados-empty')) return { ok: true, data: [] };
    return { ok: true, data: data.map((e) => ({ ...e })) };
  });
}
