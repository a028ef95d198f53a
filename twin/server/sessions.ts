// Sessions (contract §2): a uuid4-hex row in `sessions`, the `cmep_session` cookie with prod's attributes, the
// auth dependency's checks and messages, and the in-process twin of the prod cleanup Lambda.
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Pool } from 'mysql2/promise';
import type { TwinContext } from './context.ts';
import { ADMIN_ONLY, NOT_AUTHENTICATED, SESSION_INVALID } from './errors.ts';
import { exec, one, rows, type Db } from '../db/pool.ts';

export const COOKIE_NAME = 'cmep_session';
export const SESSION_HOURS = 24;
const MAX_AGE_SECONDS = 86400; // hard-coded in prod too, whatever SESSION_EXPIRE_HOURS says

export interface CurrentUser {
  user_id: number;
  user_email: string;
  estado: string;
  roles: string[];
  permissions_extra: string[];
  display_name: string;
  persona_id: number;
  session_id: string;
}

/**
 * The cookie attributes after the value. The cookie-* faults bite here, so the login cookie and logout's deletion
 * cookie stay consistent with each other (as one misconfigured setting would make them).
 * `cookie-wrong-domain` drops Domain (prod with COOKIE_DOMAIN unset): the browser keeps a host-only cookie for
 * api.<domain>, which the SPA host never sees and which does not match the expected `.domain` attribute.
 */
function cookieAttributes(ctx: TwinContext, maxAge: number): string {
  const parts: string[] = [];
  if (!ctx.faults.has('cookie-wrong-domain')) parts.push(`Domain=${ctx.settings.cookieDomain}`);
  parts.push('Path=/', `Max-Age=${maxAge}`);
  if (maxAge === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  parts.push('HttpOnly');
  if (!ctx.faults.has('cookie-insecure')) parts.push('Secure');
  parts.push(ctx.faults.has('cookie-samesite-lax') ? 'SameSite=Lax' : 'SameSite=None');
  return parts.join('; ');
}

export function sessionCookie(ctx: TwinContext, sessionId: string): string {
  return `${COOKIE_NAME}=${sessionId}; ${cookieAttributes(ctx, MAX_AGE_SECONDS)}`;
}

/**
 * The twin's logout clears the cookie with the SAME Domain/Path/Secure/SameSite. `logout-cookie-no-domain` sends
 * what the real app sends (§2, §9.5): no Domain, Secure or HttpOnly, which does not match the `.domain` cookie, so
 * the browser keeps it.
 */
export function deletionCookie(ctx: TwinContext): string {
  if (ctx.faults.has('logout-cookie-no-domain')) {
    return `${COOKIE_NAME}=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=lax`;
  }
  return `${COOKIE_NAME}=""; ${cookieAttributes(ctx, 0)}`;
}

export async function createSession(db: Db, userId: number): Promise<string> {
  const sessionId = randomUUID().replaceAll('-', '');
  await exec(
    db,
    `INSERT INTO sessions (session_id, user_id, created_at, expires_at, last_seen_at)
     VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL ${SESSION_HOURS} HOUR, UTC_TIMESTAMP())`,
    [sessionId, userId],
  );
  return sessionId;
}

export function readSessionCookie(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === COOKIE_NAME) {
      const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
      return value || undefined;
    }
  }
  return undefined;
}

export async function loadUserView(db: Db, userId: number): Promise<Omit<CurrentUser, 'session_id'> | undefined> {
  const u = await one(
    db,
    `SELECT u.user_id, u.user_email, u.estado, u.persona_id, p.nombres, p.apellidos
       FROM users u LEFT JOIN personas p ON p.persona_id = u.persona_id WHERE u.user_id = ?`,
    [userId],
  );
  if (!u) return undefined;
  const roles = (await rows(db, 'SELECT user_role FROM user_role WHERE user_id = ? ORDER BY user_role', [userId])).map((r) => r.user_role as string);
  const perms = (await rows(db, 'SELECT permission_code FROM user_permissions WHERE user_id = ? ORDER BY id', [userId])).map((r) => r.permission_code as string);
  const name = [u.nombres, u.apellidos].filter(Boolean).join(' ').trim();
  return {
    user_id: u.user_id,
    user_email: u.user_email,
    estado: u.estado,
    roles,
    permissions_extra: perms,
    display_name: name || u.user_email,
    persona_id: u.persona_id,
  };
}

export function userDTO(u: Omit<CurrentUser, 'session_id'>) {
  return {
    user_id: u.user_id,
    user_email: u.user_email,
    estado: u.estado,
    roles: u.roles,
    permissions_extra: u.permissions_extra,
    display_name: u.display_name,
  };
}

/** The auth dependency: 401 `No autenticado` / `Sesion invalida o expirada`, cleaning up as prod does. */
export async function requireUser(ctx: TwinContext, req: FastifyRequest): Promise<CurrentUser> {
  const sessionId = readSessionCookie(req);
  if (!sessionId) throw NOT_AUTHENTICATED();
  const s = await one(
    ctx.pool,
    'SELECT session_id, user_id, expires_at < UTC_TIMESTAMP() AS expired FROM sessions WHERE session_id = ?',
    [sessionId],
  );
  if (!s) throw SESSION_INVALID();
  if (Number(s.expired)) {
    await exec(ctx.pool, 'DELETE FROM sessions WHERE session_id = ?', [sessionId]);
    throw SESSION_INVALID();
  }
  const user = await loadUserView(ctx.pool, s.user_id);
  if (!user || user.estado !== 'ACTIVO') {
    await exec(ctx.pool, 'DELETE FROM sessions WHERE user_id = ?', [s.user_id]);
    throw SESSION_INVALID();
  }
  await exec(ctx.pool, 'UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() WHERE session_id = ?', [sessionId]);
  return { ...user, session_id: sessionId };
}

export async function requireAdmin(ctx: TwinContext, req: FastifyRequest): Promise<CurrentUser> {
  const user = await requireUser(ctx, req);
  // require-admin-missing: the admin dependency dropped from the admin routes (any logged-in user passes).
  if (!user.roles.includes('ADMIN') && !ctx.faults.has('require-admin-missing')) throw ADMIN_ONLY();
  return user;
}

/** Prod's Lambda statement, verbatim: NOW() is right because the twin's DB sessions run in UTC. */
export async function sweepExpiredSessions(pool: Pool): Promise<number> {
  const res = await exec(pool, 'DELETE FROM sessions WHERE expires_at < NOW()');
  return res.affectedRows;
}

/**
 * Plants what a stalled cleanup leaves behind: a session of a real (the first active) user that expired 7 h ago,
 * so the harness's "nothing expired for more than 6 h" check has something to see.
 */
export async function plantStaleSession(pool: Pool): Promise<string | undefined> {
  const user = await one(pool, "SELECT user_id FROM users WHERE estado = 'ACTIVO' ORDER BY user_id LIMIT 1");
  if (!user) return undefined;
  const sessionId = randomUUID().replaceAll('-', '');
  await exec(
    pool,
    `INSERT INTO sessions (session_id, user_id, created_at, expires_at, last_seen_at)
     VALUES (?, ?, UTC_TIMESTAMP() - INTERVAL 31 HOUR, UTC_TIMESTAMP() - INTERVAL 7 HOUR, UTC_TIMESTAMP() - INTERVAL 30 HOUR)`,
    [sessionId, user.user_id],
  );
  return sessionId;
}

/**
 * The prod Lambda's twin: sweeps at start and every `intervalMs`, unless `session-cleanup-stalled` is on. When that
 * fault is switched off the job catches up at once (as a Lambda re-enabled after an outage would on its next run).
 */
export function startSessionCleanup(ctx: TwinContext, intervalMs = 60_000, log: (err: unknown) => void = () => {}): { stop(): void; sweep(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    if (ctx.faults.has('session-cleanup-stalled')) return running;
    running = running.then(() => sweepExpiredSessions(ctx.pool).then(() => undefined, log));
    return running;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), sweep };
}
