// /solicitudes: create, list, detail, patch, delete (contract §1.5).
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';
import { ADMIN_ONLY } from '../errors.ts';
import { findOrCreatePersona } from '../personas.ts';
import { ESTADO_OPERATIVO_SQL } from '../policy.ts';
import { body, pathInt, query } from '../request.ts';
import { applyEdit, EditFields } from '../solicitud-actions.ts';
import { addHistorial, detailDTO, loadSolicitudRow, promotorItem, requireAction } from '../solicitud-dto.ts';
import { requireUser, type CurrentUser } from '../sessions.ts';
import { deleteStoredObject } from './archivos.ts';
import { exec, iso, one, rows, withTx, type Db } from '../../db/pool.ts';
import { bool, date, int, obj, oneOf, optional, str, withDefault, type Out } from '../validate.ts';

const personaShape = () => ({
  tipo_documento: oneOf(['DNI', 'CE', 'PASAPORTE', 'RUC']),
  numero_documento: str({ min: 1, max: 30 }),
  nombres: str({ min: 1, max: 150 }),
  apellidos: str({ min: 1, max: 150 }),
  celular: optional(str()),
  fecha_nacimiento: optional(date()),
  email: optional(str()),
  direccion: optional(str()),
});

const PromotorInline = obj({
  tipo_promotor: oneOf(['PERSONA', 'EMPRESA', 'OTROS']),
  tipo_documento: optional(oneOf(['DNI', 'CE', 'PASAPORTE', 'RUC'])),
  numero_documento: optional(str()),
  nombres: optional(str()),
  apellidos: optional(str()),
  razon_social: optional(str()),
  nombre_promotor_otros: optional(str()),
  ruc: optional(str()),
  email: optional(str()),
  celular_1: optional(str()),
  fuente_promotor: optional(str()),
  comentario: optional(str()),
}, (p) => {
  if (p.tipo_promotor === 'PERSONA' && (!p.nombres || !p.apellidos)) return 'PERSONA requiere nombres y apellidos';
  if (p.tipo_promotor === 'EMPRESA' && !p.razon_social) return 'EMPRESA requiere razon_social';
  if (p.tipo_promotor === 'OTROS' && !p.nombre_promotor_otros) return 'OTROS requiere nombre_promotor_otros';
  return undefined;
});

const PersonaBody = obj(personaShape());
const CreateBody = obj({
  cliente: PersonaBody,
  apoderado: optional(PersonaBody),
  promotor: optional(PromotorInline),
  promotor_id: optional(int()),
  atencion: optional(obj({ tipo_atencion: optional(oneOf(['VIRTUAL', 'PRESENCIAL'])), lugar_atencion: optional(str()) })),
  servicio_id: optional(int()),
  comentario: optional(str()),
}, (b) => (b.promotor && b.promotor_id !== undefined && b.promotor_id !== null ? 'Enviar promotor o promotor_id, no ambos' : undefined));

const ListQuery = obj({
  page: withDefault(int({ ge: 1 }), 1),
  page_size: withDefault(int({ ge: 1, le: 100 }), 20),
  q: optional(str()),
  estado_operativo: optional(str()),
  mine: withDefault(bool(), false),
});

type PersonaIn = Out<typeof PersonaBody>;
const toPersona = (p: PersonaIn) => ({
  tipo_documento: p.tipo_documento, numero_documento: p.numero_documento, nombres: p.nombres, apellidos: p.apellidos,
  celular_1: p.celular, email: p.email, fecha_nacimiento: p.fecha_nacimiento, direccion: p.direccion,
});

async function createPromotor(db: Db, p: Out<typeof PromotorInline>, by: number): Promise<number> {
  let personaId: number | null = null;
  if (p.tipo_promotor === 'PERSONA') {
    if (p.tipo_documento && p.numero_documento) {
      personaId = await findOrCreatePersona(db, {
        tipo_documento: p.tipo_documento, numero_documento: p.numero_documento, nombres: p.nombres!, apellidos: p.apellidos!,
      }, by);
    } else {
      const res = await exec(db, 'INSERT INTO personas (nombres, apellidos, created_by, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())', [p.nombres, p.apellidos, by]);
      personaId = res.insertId;
    }
  }
  const res = await exec(
    db,
    `INSERT INTO promotores (tipo_promotor, fuente_promotor, persona_id, razon_social, nombre_promotor_otros, ruc, email, celular_1, comentario, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())`,
    [p.tipo_promotor, p.fuente_promotor ?? null, personaId, p.razon_social ?? null, p.nombre_promotor_otros ?? null, p.ruc ?? null, p.email ?? null, p.celular_1 ?? null, p.comentario ?? null, by],
  );
  return res.insertId;
}

/** `mine`: ADMIN sees all; OPERADOR what they created; GESTOR/MEDICO what they currently hold; union for many roles. */
function mineFilter(user: CurrentUser): { sql: string; params: unknown[] } {
  if (user.roles.includes('ADMIN')) return { sql: '', params: [] };
  const parts: string[] = [];
  const params: unknown[] = [];
  if (user.roles.includes('OPERADOR')) { parts.push('s.created_by = ?'); params.push(user.user_id); }
  for (const rol of ['GESTOR', 'MEDICO']) {
    if (!user.roles.includes(rol)) continue;
    parts.push('EXISTS (SELECT 1 FROM solicitud_asignacion x WHERE x.solicitud_id = s.solicitud_id AND x.rol = ? AND x.es_vigente AND x.persona_id = ?)');
    params.push(rol, user.persona_id);
  }
  return { sql: parts.length ? ` AND (${parts.join(' OR ')})` : ' AND FALSE', params };
}

/** Deletes a persona left without any role in the system (not staff, user, client, apoderado or promotor). */
async function deletePersonaIfOrphan(db: Db, personaId: number): Promise<void> {
  const used = await one(
    db,
    `SELECT (SELECT COUNT(*) FROM users WHERE persona_id = ?) + (SELECT COUNT(*) FROM empleado WHERE persona_id = ?)
          + (SELECT COUNT(*) FROM clientes WHERE persona_id = ?) + (SELECT COUNT(*) FROM solicitud_cmep WHERE apoderado_id = ?)
          + (SELECT COUNT(*) FROM promotores WHERE persona_id = ?) + (SELECT COUNT(*) FROM solicitud_asignacion WHERE persona_id = ?)
          + (SELECT COUNT(*) FROM cliente_apoderado WHERE apoderado_id = ?) + (SELECT COUNT(*) FROM resultado_medico WHERE medico_id = ?) AS n`,
    Array(8).fill(personaId),
  );
  if (!Number(used?.n)) await exec(db, 'DELETE FROM personas WHERE persona_id = ?', [personaId]);
}

export function registerSolicitudesRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.post('/solicitudes', async (req) => {
    const user = await requireUser(ctx, req);
    const input = body(req, CreateBody);
    const created = await withTx(ctx.pool, async (tx) => {
      const clienteId = await findOrCreatePersona(tx, toPersona(input.cliente), user.user_id);
      const apoderadoId = input.apoderado ? await findOrCreatePersona(tx, toPersona(input.apoderado), user.user_id) : null;
      let promotorId = input.promotor_id ?? null;
      if (input.promotor) promotorId = await createPromotor(tx, input.promotor, user.user_id);
      if (!(await one(tx, 'SELECT 1 FROM clientes WHERE persona_id = ?', [clienteId]))) {
        await exec(tx, "INSERT INTO clientes (persona_id, estado, promotor_id, created_by, created_at) VALUES (?, 'ACTIVO', ?, ?, UTC_TIMESTAMP())", [clienteId, promotorId, user.user_id]);
      }
      const servicio = input.servicio_id ? await one(tx, 'SELECT * FROM servicios WHERE servicio_id = ?', [input.servicio_id]) : undefined;
      const res = await exec(
        tx,
        `INSERT INTO solicitud_cmep (cliente_id, apoderado_id, servicio_id, promotor_id, estado_atencion, estado_pago, tarifa_monto, tarifa_moneda,
                                     tarifa_fuente, tipo_atencion, lugar_atencion, comentario, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'REGISTRADO', 'PENDIENTE', ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())`,
        [clienteId, apoderadoId, input.servicio_id ?? null, promotorId, servicio?.tarifa_servicio ?? null, servicio?.moneda_tarifa ?? null,
          servicio ? 'SERVICIO' : null, input.atencion?.tipo_atencion ?? null, input.atencion?.lugar_atencion ?? null, input.comentario ?? null, user.user_id],
      );
      const codigo = `CMEP-${new Date().getUTCFullYear()}-${String(res.insertId).padStart(4, '0')}`;
      await exec(tx, 'UPDATE solicitud_cmep SET codigo = ? WHERE solicitud_id = ?', [codigo, res.insertId]);
      // solicitud-historial-missing: the audit trail loses its first row.
      if (!ctx.faults.has('solicitud-historial-missing')) {
        await addHistorial(tx, res.insertId, user.user_id, 'solicitud_creada', null, 'REGISTRADO');
      }
      return { solicitud_id: res.insertId, codigo };
    });
    return { ok: true, data: created };
  });

  app.get('/solicitudes', async (req) => {
    const user = await requireUser(ctx, req);
    const qs = query(req, ListQuery);
    let where = 'WHERE 1=1';
    const params: unknown[] = [];
    if (qs.q) {
      where += ' AND (c.numero_documento LIKE ? OR c.nombres LIKE ? OR c.apellidos LIKE ?)';
      const like = `%${qs.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      params.push(like, like, like);
    }
    if (qs.mine) {
      const mine = mineFilter(user);
      where += mine.sql;
      params.push(...mine.params);
    }
    const from = 'FROM solicitud_cmep s JOIN personas c ON c.persona_id = s.cliente_id';
    const total = Number((await one(ctx.pool, `SELECT COUNT(*) AS n ${from} ${where}`, params))?.n ?? 0);
    const page = await rows(
      ctx.pool,
      `SELECT s.*, ${ESTADO_OPERATIVO_SQL} AS estado_operativo, c.tipo_documento AS c_tipo, c.numero_documento AS c_num,
              c.nombres AS c_nombres, c.apellidos AS c_apellidos, c.celular_1 AS c_celular,
              (SELECT CONCAT(p.nombres, ' ', p.apellidos) FROM solicitud_asignacion a JOIN personas p ON p.persona_id = a.persona_id
                WHERE a.solicitud_id = s.solicitud_id AND a.rol = 'GESTOR' AND a.es_vigente ORDER BY a.asignacion_id DESC LIMIT 1) AS gestor,
              (SELECT CONCAT(p.nombres, ' ', p.apellidos) FROM solicitud_asignacion a JOIN personas p ON p.persona_id = a.persona_id
                WHERE a.solicitud_id = s.solicitud_id AND a.rol = 'MEDICO' AND a.es_vigente ORDER BY a.asignacion_id DESC LIMIT 1) AS medico
         ${from} ${where} ORDER BY s.solicitud_id DESC LIMIT ? OFFSET ?`,
      [...params, qs.page_size, (qs.page - 1) * qs.page_size],
    );
    // Like prod (contract §1.5, §9.11): the estado filter is applied after pagination and meta.total ignores it.
    const filtered = qs.estado_operativo ? page.filter((s) => s.estado_operativo === qs.estado_operativo) : page;
    const items = [];
    for (const s of filtered) {
      const apoderado = s.apoderado_id ? await one(ctx.pool, 'SELECT * FROM personas WHERE persona_id = ?', [s.apoderado_id]) : undefined;
      items.push({
        solicitud_id: s.solicitud_id,
        codigo: s.codigo,
        cliente: {
          persona_id: s.cliente_id, tipo_documento: s.c_tipo, numero_documento: s.c_num,
          doc: [s.c_tipo, s.c_num].filter(Boolean).join(' '), nombre: `${s.c_nombres} ${s.c_apellidos}`, celular: s.c_celular,
        },
        apoderado: apoderado ? {
          persona_id: apoderado.persona_id, tipo_documento: apoderado.tipo_documento, numero_documento: apoderado.numero_documento,
          nombres: apoderado.nombres, apellidos: apoderado.apellidos,
        } : null,
        estado_operativo: s.estado_operativo,
        gestor: s.gestor ?? null,
        medico: s.medico ?? null,
        promotor: await promotorItem(ctx.pool, s.promotor_id),
        created_at: iso(s.created_at),
      });
    }
    return { ok: true, data: { items }, meta: { page: qs.page, page_size: qs.page_size, total } };
  });

  app.get('/solicitudes/:id', async (req) => {
    const user = await requireUser(ctx, req);
    const id = pathInt(req, 'id');
    return { ok: true, data: await detailDTO(ctx, ctx.pool, id, user) };
  });

  app.patch('/solicitudes/:id', async (req) => {
    const user = await requireUser(ctx, req);
    const id = pathInt(req, 'id');
    const input = body(req, EditFields);
    await withTx(ctx.pool, async (tx) => {
      const s = await loadSolicitudRow(tx, id, true);
      await requireAction(ctx, tx, s, user, 'EDITAR_DATOS');
      await applyEdit(tx, s, input, user);
    });
    return { ok: true, data: await detailDTO(ctx, ctx.pool, id, user) };
  });

  app.delete('/solicitudes/:id', async (req) => {
    const user = await requireUser(ctx, req);
    if (!user.roles.includes('ADMIN')) throw ADMIN_ONLY();
    const id = pathInt(req, 'id');
    const keys = await withTx(ctx.pool, async (tx) => {
      const s = await loadSolicitudRow(tx, id, true);
      await exec(tx, 'DELETE FROM resultado_medico WHERE solicitud_id = ?', [id]);
      const archivos = await rows(tx, 'SELECT DISTINCT a.archivo_id, a.storage_path FROM solicitud_archivo sa JOIN archivos a ON a.archivo_id = sa.archivo_id WHERE sa.solicitud_id = ?', [id]);
      await exec(tx, 'DELETE FROM solicitud_archivo WHERE solicitud_id = ?', [id]);
      for (const a of archivos) {
        const stillLinked = await one(tx, 'SELECT 1 FROM solicitud_archivo WHERE archivo_id = ?', [a.archivo_id]);
        if (!stillLinked) await exec(tx, 'DELETE FROM archivos WHERE archivo_id = ?', [a.archivo_id]);
      }
      await exec(tx, 'DELETE FROM pago_solicitud WHERE solicitud_id = ?', [id]);
      await exec(tx, 'DELETE FROM solicitud_estado_historial WHERE solicitud_id = ?', [id]);
      await exec(tx, 'DELETE FROM solicitud_asignacion WHERE solicitud_id = ?', [id]);
      await exec(tx, 'DELETE FROM solicitud_cmep WHERE solicitud_id = ?', [id]);
      if (!(await one(tx, 'SELECT 1 FROM solicitud_cmep WHERE cliente_id = ?', [s.cliente_id]))) {
        await exec(tx, 'DELETE FROM cliente_apoderado WHERE cliente_id = ?', [s.cliente_id]);
        await exec(tx, 'DELETE FROM clientes WHERE persona_id = ?', [s.cliente_id]);
        await deletePersonaIfOrphan(tx, s.cliente_id);
      }
      if (s.apoderado_id) await deletePersonaIfOrphan(tx, s.apoderado_id);
      return archivos.map((a) => a.storage_path as string);
    });
    // Storage objects go once the rows are gone for good; errors are ignored, as in prod.
    for (const key of keys) await deleteStoredObject(ctx, key).catch(() => undefined);
    return { ok: true };
  });
}
