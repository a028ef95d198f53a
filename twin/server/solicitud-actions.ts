// The state-changing actions on a solicitud (contract §1.5), each run inside the caller's transaction so that a
// failure half-way (R10, a 409, an override's bad payload) writes nothing. Routes and override share them.
import type { TwinContext } from './context.ts';
import { errD } from './errors.ts';
import { addHistorial, touch, vigentes } from './solicitud-dto.ts';
import type { CurrentUser } from './sessions.ts';
import { exec, one, type Db, type Row } from '../db/pool.ts';
import { date, num, obj, oneOf, optional, str, withDefault, type Out } from './validate.ts';

export const EditFields = obj({
  tipo_atencion: optional(str()),
  lugar_atencion: optional(str()),
  comentario: optional(str()),
  servicio_id: optional(num()),
  estado_certificado: optional(str()),
  cliente_nombres: optional(str()),
  cliente_apellidos: optional(str()),
  cliente_celular: optional(str()),
  cliente_email: optional(str()),
  cliente_fecha_nacimiento: optional(date()),
  cliente_direccion: optional(str()),
  apoderado_nombres: optional(str()),
  apoderado_apellidos: optional(str()),
  apoderado_celular: optional(str()),
  apoderado_email: optional(str()),
  apoderado_fecha_nacimiento: optional(date()),
  apoderado_direccion: optional(str()),
});

export const PagoFields = obj({
  canal_pago: str({ min: 1 }),
  fecha_pago: date(),
  monto: num({ gt: 0 }),
  moneda: withDefault(oneOf(['PEN', 'USD']), 'PEN'),
  referencia_transaccion: optional(str()),
  comentario: optional(str()),
});

const SOLICITUD_COLS = ['tipo_atencion', 'lugar_atencion', 'comentario', 'servicio_id', 'estado_certificado'] as const;
const PERSONA_COLS: Record<string, string> = {
  nombres: 'nombres', apellidos: 'apellidos', celular: 'celular_1', email: 'email', fecha_nacimiento: 'fecha_nacimiento', direccion: 'direccion',
};

/** PATCH semantics: only the fields sent; one historial row per changed value (`campo`, `cliente.<col>`, …). */
export async function applyEdit(db: Db, s: Row, input: Record<string, unknown>, user: CurrentUser): Promise<void> {
  const id = s.solicitud_id as number;
  for (const col of SOLICITUD_COLS) {
    const value = input[col];
    if (value === undefined) continue;
    const before = s[col];
    if (String(before ?? '') === String(value ?? '') && (before === null) === (value === null)) continue;
    await exec(db, `UPDATE solicitud_cmep SET ${col} = ? WHERE solicitud_id = ?`, [value, id]);
    await addHistorial(db, id, user.user_id, col, before, value);
  }
  for (const [who, personaId] of [['cliente', s.cliente_id], ['apoderado', s.apoderado_id]] as const) {
    const persona = personaId ? await one(db, 'SELECT * FROM personas WHERE persona_id = ?', [personaId]) : undefined;
    for (const [suffix, col] of Object.entries(PERSONA_COLS)) {
      const value = input[`${who}_${suffix}`];
      if (value === undefined || !persona) continue;
      const before = persona[col];
      if (String(before ?? '') === String(value ?? '') && (before === null) === (value === null)) continue;
      await exec(db, `UPDATE personas SET ${col} = ?, updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE persona_id = ?`, [value, user.user_id, personaId]);
      await addHistorial(db, id, user.user_id, `${who}.${col}`, before, value);
    }
  }
  await touch(db, id, user.user_id);
}

/** R10: the person must be an ACTIVO empleado in that role. */
async function checkEmpleado(db: Db, personaId: number, rol: 'GESTOR' | 'MEDICO'): Promise<void> {
  const e = await one(db, 'SELECT estado_empleado FROM empleado WHERE persona_id = ? AND rol_empleado = ?', [personaId, rol]);
  if (!e) throw errD(422, `La persona ${personaId} no es empleado con rol ${rol}`);
  if (e.estado_empleado !== 'ACTIVO') throw errD(422, `El empleado no esta ACTIVO (estado: ${e.estado_empleado})`);
}

export async function assign(
  db: Db, s: Row, rol: 'GESTOR' | 'MEDICO', personaId: number, campo: string, user: CurrentUser,
): Promise<void> {
  await checkEmpleado(db, personaId, rol);
  const id = s.solicitud_id as number;
  const before = (await vigentes(db, id))[rol];
  await exec(db, 'UPDATE solicitud_asignacion SET es_vigente = FALSE, updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE solicitud_id = ? AND rol = ? AND es_vigente', [user.user_id, id, rol]);
  await exec(
    db,
    `INSERT INTO solicitud_asignacion (solicitud_id, persona_id, rol, es_vigente, asignado_por, fecha_asignacion, created_by, created_at)
     VALUES (?, ?, ?, TRUE, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP())`,
    [id, personaId, rol, user.user_id, user.user_id],
  );
  const after = (await vigentes(db, id))[rol];
  await addHistorial(db, id, user.user_id, campo, before?.nombre ?? null, after?.nombre ?? null);
  await touch(db, id, user.user_id);
}

export async function registrarPago(ctx: TwinContext, db: Db, s: Row, input: Out<typeof PagoFields>, rawMonto: unknown, user: CurrentUser): Promise<void> {
  const id = s.solicitud_id as number;
  await exec(
    db,
    `INSERT INTO pago_solicitud (solicitud_id, canal_pago, fecha_pago, monto, moneda, referencia_transaccion, comentario, validated_by, validated_at, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), ?, UTC_TIMESTAMP())`,
    [id, input.canal_pago, input.fecha_pago, input.monto, input.moneda, input.referencia_transaccion ?? null, input.comentario ?? null, user.user_id, user.user_id],
  );
  await addHistorial(db, id, user.user_id, 'pago_registrado', null, rawMonto);
  // `pago-no-state-change`: the pago row lands but estado_pago stays PENDIENTE.
  if (s.estado_pago !== 'PAGADO' && !ctx.faults.has('pago-no-state-change')) {
    await exec(db, "UPDATE solicitud_cmep SET estado_pago = 'PAGADO' WHERE solicitud_id = ?", [id]);
    await addHistorial(db, id, user.user_id, 'estado_pago', s.estado_pago, 'PAGADO');
  }
  await touch(db, id, user.user_id);
}

/** cerrar: 409s unless forced (override), then ATENDIDO. */
export async function cerrar(ctx: TwinContext, db: Db, s: Row, comentario: string | null, user: CurrentUser, forced = false): Promise<void> {
  const id = s.solicitud_id as number;
  if (!forced) {
    if (s.estado_atencion === 'ATENDIDO') throw errD(409, 'Solicitud ya esta ATENDIDA');
    if (s.estado_atencion === 'CANCELADO') throw errD(409, 'Solicitud ya esta CANCELADA');
    const pagos = await one(db, 'SELECT COUNT(*) AS n FROM pago_solicitud WHERE solicitud_id = ?', [id]);
    if (!Number(pagos?.n)) throw errD(409, 'Debe existir al menos un pago registrado para cerrar la solicitud');
    if (!(await vigentes(db, id)).MEDICO) throw errD(409, 'Debe haber un medico asignado para cerrar la solicitud');
  }
  // `close-ignored`: answers as if closed, changes nothing.
  if (ctx.faults.has('close-ignored')) return;
  await exec(db, "UPDATE solicitud_cmep SET estado_atencion = 'ATENDIDO', fecha_cierre = UTC_TIMESTAMP(), cerrado_por = ? WHERE solicitud_id = ?", [user.user_id, id]);
  await addHistorial(db, id, user.user_id, 'estado_atencion', s.estado_atencion, 'ATENDIDO', comentario);
  await touch(db, id, user.user_id);
}

/** cancelar: 409 if already CANCELADO unless forced (override), then CANCELADO with the comment as motivo. */
export async function cancelar(ctx: TwinContext, db: Db, s: Row, comentario: string | null, user: CurrentUser, forced = false): Promise<void> {
  const id = s.solicitud_id as number;
  if (!forced && s.estado_atencion === 'CANCELADO') throw errD(409, 'Solicitud ya esta CANCELADA');
  // `cancel-ignored`: answers as if cancelled, changes nothing.
  if (ctx.faults.has('cancel-ignored')) return;
  await exec(
    db,
    `UPDATE solicitud_cmep SET estado_atencion = 'CANCELADO', fecha_cancelacion = UTC_TIMESTAMP(), cancelado_por = ?,
            motivo_cancelacion = COALESCE(?, motivo_cancelacion) WHERE solicitud_id = ?`,
    [user.user_id, comentario || null, id],
  );
  await addHistorial(db, id, user.user_id, 'estado_atencion', s.estado_atencion, 'CANCELADO', comentario);
  await touch(db, id, user.user_id);
}
