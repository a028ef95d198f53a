// Reading a solicitud: the 404, its derived state, and the DetailDTO every workflow action answers with (§1.5).
import type { TwinContext } from './context.ts';
import { errD } from './errors.ts';
import { allowedActions, deriveEstadoOperativo, type EstadoOperativo } from './policy.ts';
import type { CurrentUser } from './sessions.ts';
import { iso, one, rows, type Db, type Row } from '../db/pool.ts';

export const SOLICITUD_NOT_FOUND = 'Solicitud no encontrada';

export interface Vigentes {
  GESTOR: { persona_id: number; nombre: string; rol: string } | null;
  MEDICO: { persona_id: number; nombre: string; rol: string } | null;
}

export async function loadSolicitudRow(db: Db, id: number, forUpdate = false): Promise<Row> {
  const s = await one(db, `SELECT * FROM solicitud_cmep WHERE solicitud_id = ?${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  if (!s) throw errD(404, SOLICITUD_NOT_FOUND);
  return s;
}

export async function vigentes(db: Db, id: number): Promise<Vigentes> {
  const list = await rows(
    db,
    `SELECT a.persona_id, a.rol, CONCAT(p.nombres, ' ', p.apellidos) AS nombre
       FROM solicitud_asignacion a JOIN personas p ON p.persona_id = a.persona_id
      WHERE a.solicitud_id = ? AND a.es_vigente ORDER BY a.asignacion_id`,
    [id],
  );
  const out: Vigentes = { GESTOR: null, MEDICO: null };
  for (const a of list) if (a.rol === 'GESTOR' || a.rol === 'MEDICO') out[a.rol as 'GESTOR' | 'MEDICO'] = { persona_id: a.persona_id, nombre: a.nombre, rol: a.rol };
  return out;
}

export async function estadoOperativo(db: Db, s: Row): Promise<EstadoOperativo> {
  const v = await vigentes(db, s.solicitud_id);
  return deriveEstadoOperativo({ estado_atencion: s.estado_atencion, estado_pago: s.estado_pago, hasGestor: !!v.GESTOR, hasMedico: !!v.MEDICO });
}

export async function promotorItem(db: Db, promotorId: number | null) {
  if (!promotorId) return null;
  const p = await one(
    db,
    `SELECT pr.*, pe.nombres, pe.apellidos FROM promotores pr LEFT JOIN personas pe ON pe.persona_id = pr.persona_id WHERE pr.promotor_id = ?`,
    [promotorId],
  );
  if (!p) return null;
  const nombre = p.tipo_promotor === 'PERSONA' ? [p.nombres, p.apellidos].filter(Boolean).join(' ')
    : p.tipo_promotor === 'EMPRESA' ? p.razon_social : (p.nombre_promotor_otros ?? p.fuente_promotor);
  return {
    promotor_id: p.promotor_id, tipo_promotor: p.tipo_promotor, nombre: nombre ?? null, ruc: p.ruc, email: p.email,
    celular: p.celular_1, fuente_promotor: p.fuente_promotor,
  };
}

const docLabel = (p: Row) => [p.tipo_documento, p.numero_documento].filter(Boolean).join(' ');

export async function detailDTO(ctx: TwinContext, db: Db, id: number, user: CurrentUser) {
  const s = await loadSolicitudRow(db, id);
  const v = await vigentes(db, id);
  const estado = deriveEstadoOperativo({ estado_atencion: s.estado_atencion, estado_pago: s.estado_pago, hasGestor: !!v.GESTOR, hasMedico: !!v.MEDICO });
  const cliente = (await one(db, 'SELECT * FROM personas WHERE persona_id = ?', [s.cliente_id]))!;
  const apoderado = s.apoderado_id ? await one(db, 'SELECT * FROM personas WHERE persona_id = ?', [s.apoderado_id]) : undefined;
  const servicio = s.servicio_id ? await one(db, 'SELECT * FROM servicios WHERE servicio_id = ?', [s.servicio_id]) : undefined;
  const pagos = await rows(db, 'SELECT * FROM pago_solicitud WHERE solicitud_id = ? ORDER BY pago_id', [id]);
  const archivos = await rows(
    db,
    `SELECT sa.id, a.archivo_id, sa.pago_id, a.nombre_original, a.tipo, a.mime_type, a.tamano_bytes
       FROM solicitud_archivo sa JOIN archivos a ON a.archivo_id = sa.archivo_id WHERE sa.solicitud_id = ? ORDER BY sa.id`,
    [id],
  );
  const historial = await rows(
    db,
    `SELECT h.*, u.user_email, p.nombres, p.apellidos FROM solicitud_estado_historial h
       LEFT JOIN users u ON u.user_id = h.cambiado_por LEFT JOIN personas p ON p.persona_id = u.persona_id
      WHERE h.solicitud_id = ? ORDER BY h.cambiado_en DESC, h.historial_id DESC`,
    [id],
  );
  return {
    solicitud_id: s.solicitud_id,
    codigo: s.codigo,
    cliente: {
      persona_id: cliente.persona_id, tipo_documento: cliente.tipo_documento, numero_documento: cliente.numero_documento,
      doc: docLabel(cliente), nombre: `${cliente.nombres} ${cliente.apellidos}`, celular: cliente.celular_1, email: cliente.email,
      fecha_nacimiento: cliente.fecha_nacimiento, direccion: cliente.direccion,
    },
    apoderado: apoderado ? {
      persona_id: apoderado.persona_id, tipo_documento: apoderado.tipo_documento, numero_documento: apoderado.numero_documento,
      nombres: apoderado.nombres, apellidos: apoderado.apellidos, celular_1: apoderado.celular_1, email: apoderado.email,
      fecha_nacimiento: apoderado.fecha_nacimiento, direccion: apoderado.direccion,
    } : null,
    servicio: servicio ? { servicio_id: servicio.servicio_id, descripcion: servicio.descripcion_servicio, tarifa: servicio.tarifa_servicio, moneda: servicio.moneda_tarifa } : null,
    estado_atencion: s.estado_atencion,
    estado_pago: s.estado_pago,
    estado_certificado: s.estado_certificado,
    tarifa_monto: s.tarifa_monto,
    tarifa_moneda: s.tarifa_moneda,
    tipo_atencion: s.tipo_atencion,
    lugar_atencion: s.lugar_atencion,
    comentario: s.comentario,
    estado_operativo: estado,
    acciones_permitidas: allowedActions(user.roles, estado, ctx.faults),
    asignaciones_vigentes: v,
    promotor: await promotorItem(db, s.promotor_id),
    pagos: pagos.map((p) => ({
      pago_id: p.pago_id, canal_pago: p.canal_pago, fecha_pago: p.fecha_pago, monto: p.monto, moneda: p.moneda,
      referencia_transaccion: p.referencia_transaccion, comentario: p.comentario, validated_at: iso(p.validated_at),
    })),
    archivos: archivos.map((a) => ({
      id: a.id, archivo_id: a.archivo_id, pago_id: a.pago_id, nombre: a.nombre_original, tipo: a.tipo, mime_type: a.mime_type, tamano_bytes: a.tamano_bytes,
    })),
    historial: historial.map((h) => ({
      historial_id: h.historial_id, campo: h.campo, valor_anterior: h.valor_anterior, valor_nuevo: h.valor_nuevo,
      cambiado_por: h.cambiado_por,
      usuario_nombre: h.nombres ? `${h.nombres} ${h.apellidos}` : (h.user_email ?? null),
      cambiado_en: iso(h.cambiado_en), comentario: h.comentario,
    })),
    motivo_cancelacion: s.motivo_cancelacion,
    fecha_cierre: iso(s.fecha_cierre),
    cerrado_por: s.cerrado_por,
    fecha_cancelacion: iso(s.fecha_cancelacion),
    cancelado_por: s.cancelado_por,
    comentario_admin: s.comentario_admin,
    resultados_medicos: [],
    created_at: iso(s.created_at),
    updated_at: iso(s.updated_at),
  };
}

export async function addHistorial(
  db: Db, solicitudId: number, userId: number, campo: string, anterior: unknown, nuevo: unknown, comentario: string | null = null,
): Promise<void> {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  await db.query(
    `INSERT INTO solicitud_estado_historial (solicitud_id, campo, valor_anterior, valor_nuevo, comentario, cambiado_por, cambiado_en, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP())`,
    [solicitudId, campo, text(anterior), text(nuevo), comentario, userId, userId],
  );
}

/** Marks the solicitud as touched (the reports' ultima_actividad reads updated_at). */
export async function touch(db: Db, solicitudId: number, userId: number): Promise<void> {
  await db.query('UPDATE solicitud_cmep SET updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE solicitud_id = ?', [userId, solicitudId]);
}

/** POLICY gate: 403 D `Accion 'X' no permitida en estado 'Y'`. */
export async function requireAction(ctx: TwinContext, db: Db, s: Row, user: CurrentUser, action: string): Promise<EstadoOperativo> {
  const estado = await estadoOperativo(db, s);
  if (!allowedActions(user.roles, estado, ctx.faults).includes(action)) {
    throw errD(403, `Accion '${action}' no permitida en estado '${estado}'`);
  }
  return estado;
}
