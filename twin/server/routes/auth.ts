// /auth/login, /auth/logout, /auth/me (contract §1.3).
import bcrypt from 'bcryptjs';
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';
import { errS } from '../errors.ts';
import { body } from '../request.ts';
import { createSession, deletionCookie, loadUserView, requireUser, sessionCookie, userDTO } from '../sessions.ts';
import { exec, one } from '../../db/pool.ts';
import { obj, str } from '../validate.ts';

const LoginBody = obj({ email: str(), password: str() });

export function registerAuthRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.post('/auth/login', async (req, reply) => {
    const input = body(req, LoginBody);
    const email = input.email.trim().toLowerCase();
    const user = await one(ctx.pool, 'SELECT user_id, password_hash, estado FROM users WHERE user_email = ?', [email]);
    // Credentials first, then suspension: a wrong password for a suspended user is still 401.
    // login-any-password: the password check is skipped (an auth bypass), any password opens an existing account.
    const passwordOk = ctx.faults.has('login-any-password') || (user && (await bcrypt.compare(input.password, user.password_hash)));
    if (!user || !passwordOk) throw errS(401, 'Credenciales invalidas');
    if (user.estado !== 'ACTIVO') throw errS(403, 'Usuario suspendido');
    const sessionId = await createSession(ctx.pool, user.user_id);
    await exec(ctx.pool, 'UPDATE users SET last_login_at = UTC_TIMESTAMP() WHERE user_id = ?', [user.user_id]);
    const view = await loadUserView(ctx.pool, user.user_id);
    reply.header('set-cookie', sessionCookie(ctx, sessionId));
    return { ok: true, data: { user: userDTO(view!) } };
  });

  app.post('/auth/logout', async (req, reply) => {
    const user = await requireUser(ctx, req); // an invalid session: 401 and no deletion cookie, as prod
    if (!ctx.faults.has('logout-keeps-session')) {
      await exec(ctx.pool, 'DELETE FROM sessions WHERE session_id = ?', [user.session_id]);
    }
    reply.header('set-cookie', deletionCookie(ctx));
    return { ok: true };
  });

  app.get('/auth/me', async (req) => {
    const user = await requireUser(ctx, req);
    return { ok: true, data: { user: userDTO(user) } };
  });
}
