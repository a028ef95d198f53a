// The twin's health, auth, cookie, CORS and framework-default contract (cmep-contract §1.1–§1.3, §2).
import { expect, test } from '@playwright/test';
import { api, closeClients, createUser, login, resetTwin, sessionFrom, settings, sql } from './twin-client.ts';

test.beforeAll(resetTwin);
test.afterAll(closeClients);

test('health and version are flat objects', async () => {
  expect((await api('GET', '/health')).json).toEqual({ ok: true, status: 'healthy' });
  expect((await api('GET', '/version')).json).toEqual({ ok: true, version: '0.1.0' });
});

test('login sets the prod cookie and answers the UserDTO', async () => {
  const res = await api('POST', '/auth/login', { json: { email: `  ${settings.admin.email.toUpperCase()} `, password: settings.admin.password } });
  expect(res.status).toBe(200);
  expect(res.json).toEqual({
    ok: true,
    data: { user: { user_id: 1, user_email: settings.admin.email, estado: 'ACTIVO', roles: ['ADMIN'], permissions_extra: [], display_name: 'Admin Twin' } },
  });
  expect(res.setCookies).toHaveLength(1);
  expect(res.setCookies[0]).toMatch(
    new RegExp(`^cmep_session=[0-9a-f]{32}; Domain=\\.${settings.domain.replace('.', '\\.')}; Path=/; Max-Age=86400; HttpOnly; Secure; SameSite=None$`),
  );
  const id = sessionFrom(res).split('=')[1];
  const [row] = await sql('SELECT TIMESTAMPDIFF(SECOND, created_at, expires_at) AS secs FROM sessions WHERE session_id = ?', [id]);
  expect(Number(row.secs)).toBe(86400);
  const [u] = await sql('SELECT last_login_at FROM users WHERE user_id = 1');
  expect(u.last_login_at).not.toBeNull();
});

test('login errors: 401 and 403 (S), 422 (V)', async () => {
  const bad = await api('POST', '/auth/login', { json: { email: settings.admin.email, password: 'nope-nope' } });
  expect(bad.status).toBe(401);
  expect(bad.json).toEqual({ detail: 'Credenciales invalidas' });
  expect(bad.setCookies).toEqual([]);

  const missing = await api('POST', '/auth/login', { json: { email: 'x' } });
  expect(missing.status).toBe(422);
  expect(missing.json.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'password'], msg: 'Field required' })]);

  const nobody = await api('POST', '/auth/login', { headers: { 'content-type': 'application/json' } });
  expect(nobody.status).toBe(422);
  expect(nobody.json.detail[0]).toMatchObject({ type: 'missing', loc: ['body'] });

  const broken = await api('POST', '/auth/login', { headers: { 'content-type': 'application/json' }, body: '{"email":' });
  expect(broken.status).toBe(422);
  expect(broken.json.detail[0]).toMatchObject({ type: 'json_invalid', msg: 'JSON decode error' });
  expect(broken.json.detail[0].loc[0]).toBe('body');

  const admin = await login();
  const user = await createUser(admin, ['OPERADOR']);
  await api('PATCH', `/admin/usuarios/${user.user_id}`, { cookie: admin, json: { is_active: false } });
  const wrongPass = await api('POST', '/auth/login', { json: { email: user.user_email, password: 'wrong-pass-1' } });
  expect(wrongPass.status).toBe(401); // credentials are checked before suspension
  const suspended = await api('POST', '/auth/login', { json: { email: user.user_email, password: user.password } });
  expect(suspended.status).toBe(403);
  expect(suspended.json).toEqual({ detail: 'Usuario suspendido' });
});

test('me: 401 without or with an unknown cookie; 200 bumps last_seen_at', async () => {
  expect((await api('GET', '/auth/me')).json).toEqual({ detail: 'No autenticado' });
  const unknown = await api('GET', '/auth/me', { cookie: 'cmep_session=0123456789abcdef0123456789abcdef' });
  expect(unknown.status).toBe(401);
  expect(unknown.json).toEqual({ detail: 'Sesion invalida o expirada' });
  const cookie = await login();
  const me = await api('GET', '/auth/me', { cookie });
  expect(me.status).toBe(200);
  expect(me.json.data.user.roles).toEqual(['ADMIN']);
});

test('an expired session is 401 and its row is deleted', async () => {
  const cookie = await login();
  const id = cookie.split('=')[1];
  await sql('UPDATE sessions SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE session_id = ?', [id]);
  const res = await api('GET', '/auth/me', { cookie });
  expect(res.json).toEqual({ detail: 'Sesion invalida o expirada' });
  expect(await sql('SELECT 1 FROM sessions WHERE session_id = ?', [id])).toEqual([]);
});

test('logout deletes the row and clears the cookie with the same attributes; invalid session gets no cookie', async () => {
  const cookie = await login();
  const id = cookie.split('=')[1];
  const res = await api('POST', '/auth/logout', { cookie, headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ ok: true });
  expect(res.setCookies).toHaveLength(1);
  const del = res.setCookies[0]!;
  expect(del).toMatch(/^cmep_session=(""|); /);
  for (const attr of [`Domain=${settings.cookieDomain}`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'Secure', 'SameSite=None']) expect(del).toContain(attr);
  expect(await sql('SELECT 1 FROM sessions WHERE session_id = ?', [id])).toEqual([]);
  expect((await api('GET', '/auth/me', { cookie })).status).toBe(401);

  const again = await api('POST', '/auth/logout', { cookie });
  expect(again.status).toBe(401);
  expect(again.setCookies).toEqual([]);
});

test('concurrent sessions stay valid', async () => {
  const a = await login();
  const b = await login();
  expect(a).not.toBe(b);
  expect((await api('GET', '/auth/me', { cookie: a })).status).toBe(200);
  expect((await api('GET', '/auth/me', { cookie: b })).status).toBe(200);
});

test('CORS: the SPA origin only, with credentials; preflight like Starlette', async () => {
  const origin = settings.appUrl;
  const pre = await api('OPTIONS', '/auth/login', {
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  expect(pre.status).toBe(200);
  expect(pre.text).toBe('OK');
  expect(pre.headers['access-control-allow-origin']).toBe(origin);
  expect(pre.headers['access-control-allow-credentials']).toBe('true');
  expect(pre.headers['access-control-allow-methods']).toBe('DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT');
  expect(pre.headers['access-control-allow-headers']).toBe('content-type');
  expect(pre.headers['access-control-max-age']).toBe('600');

  const evil = await api('OPTIONS', '/auth/login', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  expect(evil.status).toBe(400);
  expect(evil.text).toBe('Disallowed CORS origin');
  expect(evil.headers['access-control-allow-origin']).toBeUndefined();

  const www = await api('GET', '/health', { headers: { origin: `https://www.${settings.domain}:${settings.webPort}` } });
  expect(www.headers['access-control-allow-origin']).toBeUndefined();
  const ok = await api('GET', '/health', { headers: { origin } });
  expect(ok.headers['access-control-allow-origin']).toBe(origin);
  expect(ok.headers['access-control-allow-credentials']).toBe('true');
  const err = await api('GET', '/auth/me', { headers: { origin } });
  expect(err.status).toBe(401);
  expect(err.headers['access-control-allow-origin']).toBe(origin); // handled errors keep CORS
});

test('framework defaults: 404 and 405 bodies, 422 for a non-integer path id', async () => {
  const nf = await api('GET', '/nope');
  expect(nf.status).toBe(404);
  expect(nf.json).toEqual({ detail: 'Not Found' });
  const na = await api('PUT', '/health');
  expect(na.status).toBe(405);
  expect(na.json).toEqual({ detail: 'Method Not Allowed' });
  const cookie = await login();
  const bad = await api('GET', '/solicitudes/abc', { cookie });
  expect(bad.status).toBe(422);
  expect(bad.json.detail[0]).toMatchObject({ type: 'int_parsing', loc: ['path', 'id'] });
});
