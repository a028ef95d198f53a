// Persona find-or-create and the empleado rows that make staff assignable; shared by users and solicitudes.
import { exec, one, type Db } from '../db/pool.ts';

export interface PersonaInput {
  tipo_documento: string;
  numero_documento: string;
  nombres: string;
  apellidos: string;
  celular_1?: string | null;
  email?: string | null;
  fecha_nacimiento?: string | null;
  direccion?: string | null;
}

/**
 * Finds the persona by (tipo, numero) or creates it. An existing persona's names are overwritten and its contact
 * fields set when given (prod does this too, even for staff: contract §9.14). `emailOnlyIfEmpty` is the users rule.
 */
export async function findOrCreatePersona(db: Db, p: PersonaInput, by: number | null, emailOnlyIfEmpty = false): Promise<number> {
  const found = await one(db, 'SELECT persona_id, email FROM personas WHERE tipo_documento = ? AND numero_documento = ?', [p.tipo_documento, p.numero_documento]);
  if (!found) {
    const res = await exec(
      db,
      `INSERT INTO personas (tipo_documento, numero_documento, nombres, apellidos, celular_1, email, fecha_nacimiento, direccion, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())`,
      [p.tipo_documento, p.numero_documento, p.nombres, p.apellidos, p.celular_1 ?? null, p.email ?? null, p.fecha_nacimiento ?? null, p.direccion ?? null, by],
    );
    return res.insertId;
  }
  const sets = ['nombres = ?', 'apellidos = ?'];
  const params: unknown[] = [p.nombres, p.apellidos];
  for (const col of ['celular_1', 'fecha_nacimiento', 'direccion'] as const) {
    if (p[col] !== undefined && p[col] !== null) { sets.push(`${col} = ?`); params.push(p[col]); }
  }
  if (p.email !== undefined && p.email !== null && (!emailOnlyIfEmpty || !found.email)) { sets.push('email = ?'); params.push(p.email); }
  sets.push('updated_by = ?', 'updated_at = UTC_TIMESTAMP()');
  params.push(by, found.persona_id);
  await exec(db, `UPDATE personas SET ${sets.join(', ')} WHERE persona_id = ?`, params);
  return found.persona_id;
}

/** OPERADOR/GESTOR/MEDICO get an ACTIVO empleado row (what lists them in /empleados); MEDICO also a medico_extra. */
export async function ensureStaffRows(db: Db, personaId: number, roles: string[], by: number | null): Promise<void> {
  for (const role of roles) {
    if (!['OPERADOR', 'GESTOR', 'MEDICO'].includes(role)) continue;
    await exec(
      db,
      `INSERT IGNORE INTO empleado (persona_id, rol_empleado, estado_empleado, created_by, created_at) VALUES (?, ?, 'ACTIVO', ?, UTC_TIMESTAMP())`,
      [personaId, role, by],
    );
    if (role === 'MEDICO') {
      await exec(db, 'INSERT IGNORE INTO medico_extra (persona_id, created_by, created_at) VALUES (?, ?, UTC_TIMESTAMP())', [personaId, by]);
    }
  }
}
