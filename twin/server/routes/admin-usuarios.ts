// /admin/usuarios (list, create, patch, reset-password) and /admin/permisos (contract §1.4). Errors are (S).
import bcrypt from 'bcryptjs';
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';
import { errS } from '../errors.ts';
import { ensureStaffRows, findOrCreatePersona } from '../personas.ts';
import { policyMatrix, ROLES } from '../policy.ts';
import { body, pathInt } from '../request.ts';
import { requireAdmin } from '../sessions.ts';
import { exec, iso, one, rows, withTx, type Db } from '../../db/pool.ts';
import { bool, date, list, obj, oneOf, optional, str } from '../validate.ts';

const CreateBody = obj({
  user_email: str({ min: 1, max: 255 }),
  password: str({ min: 8, max: 128 }),
  nombres: str({ min: 1, max: 150 }),
  apellidos: str({ min: 1, max: 150 }),
  tipo_documento: oneOf(['DNI', 'CE', 'PASAPORTE']),
  numero_documento: str({ min: 1, max: 30 }),
  telefono: optional(str()),
  direccion: optional(str()),
  fecha_nacimiento: optional(date()),
  roles: list(str(), { min: 1 }),
});

const PatchBody = obj({
  nombres: optional(str({ min: 1, max: 150 })),
  apellidos: optional(str({ min: 1, max: 150 })),
  telefono: optional(str()),
  email: optional(str()),
  celular_2: optional(str()),
  telefono_fijo: optional(str()),
  fecha_nacimiento: optional(date()),
  direccion: optional(str()),
  tipo_documento: optional(str()),
  numero_documento: optional(str()),
  comentario: optional(str()),
  roles: optional(list(str())),
  is_active: optional(bool()),
});

const ResetBody = obj({ new_password: str({ min: 8, max: 128 }) });

function checkRoles(roles: string[]): void {
  const invalid = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (invalid.length) {
    throw errS(422, `Roles invalidos: ${invalid.join(', ')}. Validos: ${[...ROLES].sort().join(', ')}`);
  }
}

async function adminUserDTO(db: Db, userId: number) {
  const u = await one(
    db,
    `SELECT u.user_id, u.user_email, u.estado, u.created_at, p.*
       FROM users u JOIN personas p ON p.persona_id = u.persona_id WHERE u.user_id = ?`,
    [userId],
  );
  if (!u) return undefined;
  const roles = (await rows(db, 'SELECT user_role FROM user_role WHERE user_id = ? ORDER BY user_role', [userId])).map((r) => r.user_role);
  return {
    user_id: u.user_id,
    user_email: u.user_email,
    is_active: u.estado === 'ACTIVO',
    persona_id: u.persona_id,
    nombres: u.nombres,
    apellidos: u.apellidos,
    tipo_documento: u.tipo_documento,
    numero_documento: u.numero_documento,
    telefono: u.celular_1,
    email: u.email,
    celular_2: u.celular_2,
    telefono_fijo: u.telefono_fijo,
    fecha_nacimiento: u.fecha_nacimiento,
    direccion: u.direccion,
    comentario: u.comentario,
    roles,
    created_at: iso(u.created_at),
  };
}

export function registerAdminUsuariosRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.get('/admin/usuarios', async (req) => {
    await requireAdmin(ctx, req);
    const ids = await rows(ctx.pool, 'SELECT user_id FROM users ORDER BY user_id');
    const data = [];
    for (const { user_id } of ids) data.push(await adminUserDTO(ctx.pool, user_id));
    return { ok: true, data };
  });

  app.post('/admin/usuarios', async (req, reply) => {
    const admin = await requireAdmin(ctx, req);
    const input = body(req, CreateBody);
    checkRoles(input.roles);
    const email = input.user_email.trim().toLowerCase();
    const userId = await withTx(ctx.pool, async (tx) => {
      if (await one(tx, 'SELECT 1 FROM users WHERE user_email = ?', [email])) throw errS(409, 'Ya existe un usuario con ese email');
      const existing = await one(
        tx,
        `SELECT u.user_id FROM personas p JOIN users u ON u.persona_id = p.persona_id WHERE p.tipo_documento = ? AND p.numero_documento = ?`,
        [input.tipo_documento, input.numero_documento],
      );
      if (existing) throw errS(409, 'Esta persona ya tiene un usuario asociado');
      const personaId = await findOrCreatePersona(tx, {
        tipo_documento: input.tipo_documento,
        numero_documento: input.numero_documento,
        nombres: input.nombres,
        apellidos: input.apellidos,
        celular_1: input.telefono,
        direccion: input.direccion,
        fecha_nacimiento: input.fecha_nacimiento,
        email,
      }, admin.user_id, true);
      const hash = await bcrypt.hash(input.password, 10);
      const res = await exec(
        tx,
        `INSERT INTO users (persona_id, password_hash, user_email, estado, created_by, created_at) VALUES (?, ?, ?, 'ACTIVO', ?, UTC_TIMESTAMP())`,
        [personaId, hash, email, admin.user_id],
      );
      const roles = [...new Set(input.roles)];
      // `user-role-not-saved`: the user row lands but its roles (and so its empleado rows) do not.
      if (!ctx.faults.has('user-role-not-saved')) {
        for (const role of roles) {
          await exec(tx, 'INSERT INTO user_role (user_id, user_role, created_by, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())', [res.insertId, role, admin.user_id]);
        }
        await ensureStaffRows(tx, personaId, roles, admin.user_id);
      }
      return res.insertId;
    });
    reply.code(201);
    return { ok: true, data: await adminUserDTO(ctx.pool, userId) };
  });

  app.patch('/admin/usuarios/:user_id', async (req) => {
    const admin = await requireAdmin(ctx, req);
    const userId = pathInt(req, 'user_id');
    const input = body(req, PatchBody);
    await withTx(ctx.pool, async (tx) => {
      const user = await one(tx, 'SELECT user_id, persona_id FROM users WHERE user_id = ? FOR UPDATE', [userId]);
      if (!user) throw errS(404, 'Usuario no encontrado');
      if (input.roles) checkRoles(input.roles);
      if (input.is_active === false && userId === admin.user_id) throw errS(400, 'No puedes suspenderte a ti mismo');

      const personaCols: Record<string, string> = {
        nombres: 'nombres', apellidos: 'apellidos', telefono: 'celular_1', email: 'email', celular_2: 'celular_2',
        telefono_fijo: 'telefono_fijo', fecha_nacimiento: 'fecha_nacimiento', direccion: 'direccion',
        tipo_documento: 'tipo_documento', numero_documento: 'numero_documento', comentario: 'comentario',
      };
      const sets: string[] = [];
      const params: unknown[] = [];
      for (const [field, col] of Object.entries(personaCols)) {
        const value = (input as Record<string, unknown>)[field];
        if (value !== undefined) { sets.push(`${col} = ?`); params.push(value); }
      }
      if (sets.length) {
        await exec(tx, `UPDATE personas SET ${sets.join(', ')}, updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE persona_id = ?`, [...params, admin.user_id, user.persona_id]);
      }
      if (input.roles) {
        const roles = [...new Set(input.roles)];
        await exec(tx, 'DELETE FROM user_role WHERE user_id = ?', [userId]);
        for (const role of roles) {
          await exec(tx, 'INSERT INTO user_role (user_id, user_role, created_by, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())', [userId, role, admin.user_id]);
        }
        // Removed roles keep their empleado rows ACTIVO, as in prod (contract §9.15).
        await ensureStaffRows(tx, user.persona_id, roles, admin.user_id);
      }
      if (input.is_active === false) {
        await exec(tx, "UPDATE users SET estado = 'SUSPENDIDO', updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE user_id = ?", [admin.user_id, userId]);
        await exec(tx, 'DELETE FROM sessions WHERE user_id = ?', [userId]);
      } else if (input.is_active === true) {
        await exec(tx, "UPDATE users SET estado = 'ACTIVO', updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE user_id = ?", [admin.user_id, userId]);
      }
    });
    return { ok: true, data: await adminUserDTO(ctx.pool, userId) };
  });

  app.post('/admin/usuarios/:user_id/reset-password', async (req) => {
    const admin = await requireAdmin(ctx, req);
    const userId = pathInt(req, 'user_id');
    const input = body(req, ResetBody);
    await withTx(ctx.pool, async (tx) => {
      if (!(await one(tx, 'SELECT 1 FROM users WHERE user_id = ?', [userId]))) throw errS(404, 'Usuario no encontrado');
      const hash = await bcrypt.hash(input.new_password, 10);
      await exec(tx, 'UPDATE users SET password_hash = ?, updated_by = ?, updated_at = UTC_TIMESTAMP() WHERE user_id = ?', [hash, admin.user_id, userId]);
      await exec(tx, 'DELETE FROM sessions WHERE user_id = ?', [userId]);
    });
    return { ok: true, message: 'Password reseteado exitosamente' };
  });

  app.get('/admin/permisos', async (req) => {
    await requireAdmin(ctx, req);
    return { ok: true, data: policyMatrix(ctx.faults) };
  });
}
