// Seeds the twin exactly like prod's seed_prod.py does (contract §7): one ADMIN and one service. Nothing else:
// the harness must create its own staff, as it must in prod.
import bcrypt from 'bcryptjs';
import type { Pool } from 'mysql2/promise';
import type { TwinSettings } from '../../config/twin.ts';
import { exec, rows } from './pool.ts';

export const SEED_SERVICE = { descripcion: 'Certificado Medico de Evaluacion Psicologica', tarifa: '200.00', moneda: 'PEN' };
export const SEED_ADMIN_PERSONA = { nombres: 'Admin', apellidos: 'Twin', tipo_documento: 'PASAPORTE', numero_documento: 'TWINADMIN' };

/** Every table of schema.sql, children first (the order only matters for readers; FK checks are off while truncating). */
export const ALL_TABLES = [
  'resultado_medico', 'solicitud_archivo', 'archivos', 'pago_solicitud', 'solicitud_estado_historial',
  'solicitud_asignacion', 'solicitud_cmep', 'cliente_apoderado', 'clientes', 'promotores', 'servicios',
  'medico_extra', 'empleado', 'password_resets', 'sessions', 'user_permissions', 'user_role', 'users', 'personas',
];

export async function resetDatabase(pool: Pool, settings: TwinSettings): Promise<void> {
  const conn = await pool.getConnection();
  try {
    // TRUNCATE also resets AUTO_INCREMENT, so ids start at 1 like a fresh prod database.
    await conn.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const table of ALL_TABLES) await conn.query(`TRUNCATE TABLE ${table}`);
    await conn.query('SET FOREIGN_KEY_CHECKS = 1');
    await conn.beginTransaction();
    const email = settings.admin.email.trim().toLowerCase();
    const persona = await exec(
      conn,
      `INSERT INTO personas (tipo_documento, numero_documento, nombres, apellidos, email, created_at)
       VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP())`,
      [SEED_ADMIN_PERSONA.tipo_documento, SEED_ADMIN_PERSONA.numero_documento, SEED_ADMIN_PERSONA.nombres, SEED_ADMIN_PERSONA.apellidos, email],
    );
    const hash = await bcrypt.hash(settings.admin.password, 10);
    const user = await exec(
      conn,
      `INSERT INTO users (persona_id, password_hash, user_email, estado, created_at) VALUES (?, ?, ?, 'ACTIVO', UTC_TIMESTAMP())`,
      [persona.insertId, hash, email],
    );
    await exec(conn, `INSERT INTO user_role (user_id, user_role, created_at) VALUES (?, 'ADMIN', UTC_TIMESTAMP())`, [user.insertId]);
    await exec(
      conn,
      `INSERT INTO servicios (descripcion_servicio, tarifa_servicio, moneda_tarifa, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())`,
      [SEED_SERVICE.descripcion, SEED_SERVICE.tarifa, SEED_SERVICE.moneda],
    );
    await conn.commit();
  } catch (err) {
    await conn.rollback().catch(() => undefined);
    throw err;
  } finally {
    await conn.query('SET FOREIGN_KEY_CHECKS = 1').catch(() => undefined);
    conn.release();
  }
}

/** Seeds only a database that has never been seeded (no users), so restarting the twin keeps its data. */
export async function seedIfEmpty(pool: Pool, settings: TwinSettings): Promise<boolean> {
  const [{ n }] = (await rows<{ n: number }>(pool, 'SELECT COUNT(*) AS n FROM users')) as [{ n: number }];
  if (Number(n) > 0) return false;
  await resetDatabase(pool, settings);
  return true;
}
