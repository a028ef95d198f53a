// Each fault switch changes exactly the behaviour it names (and the neighbouring behaviour stays healthy).
import tls from 'node:tls';
import { expect, test } from '@playwright/test';
import {
  api, clearFaults, closeClients, createSolicitud, createUser, login, multipart, resetTwin, s3Has, setFaults, settings, sql, web,
} from './twin-client.ts';

let admin: string;
let gestor: { persona_id: number };
let medico: { persona_id: number };
test.beforeAll(async () => {
  await resetTwin();
  admin = await login();
  gestor = await createUser(admin, ['GESTOR']);
  medico = await createUser(admin, ['MEDICO']);
});
test.afterEach(clearFaults);
test.afterAll(closeClients);

const loginRes = () => api('POST', '/auth/login', { json: { email: settings.admin.email, password: settings.admin.password } });
const act = (id: number, action: string, json: unknown = {}) => api('POST', `/solicitudes/${id}/${action}`, { cookie: admin, json });
const pago = { canal_pago: 'YAPE', fecha_pago: '2026-01-15', monto: 200 };

async function solicitudAt(estado: 'ASIGNADO_MEDICO' | 'CERRADO') {
  const { solicitud_id: id } = await createSolicitud(admin);
  await act(id, 'cambiar-gestor', { persona_id_gestor: gestor.persona_id });
  await act(id, 'registrar-pago', pago);
  await act(id, 'cambiar-medico', { persona_id_medico: medico.persona_id });
  if (estado === 'CERRADO') await act(id, 'cerrar');
  return id;
}

test('cookie-insecure: no Secure, other attributes kept', async () => {
  await setFaults('cookie-insecure');
  const c = (await loginRes()).setCookies[0]!;
  expect(c).not.toContain('Secure');
  expect(c).toContain('SameSite=None');
  expect(c).toContain(`Domain=${settings.cookieDomain}`);
});

test('cookie-samesite-lax: SameSite=Lax, still Secure', async () => {
  await setFaults('cookie-samesite-lax');
  const c = (await loginRes()).setCookies[0]!;
  expect(c).toContain('SameSite=Lax');
  expect(c).toContain('Secure');
});

test('cookie-wrong-domain: no Domain attribute (host-only cookie on the API host)', async () => {
  await setFaults('cookie-wrong-domain');
  const c = (await loginRes()).setCookies[0]!;
  expect(c).not.toContain('Domain=');
  expect(c).toContain('Secure; SameSite=None');
});

test('cors-wrong-origin: the SPA origin is refused, only the www variant allowed', async () => {
  await setFaults('cors-wrong-origin');
  const pre = await api('OPTIONS', '/auth/login', { headers: { origin: settings.appUrl, 'access-control-request-method': 'POST' } });
  expect(pre.status).toBe(400);
  expect(pre.text).toBe('Disallowed CORS origin');
  expect((await api('GET', '/health', { headers: { origin: settings.appUrl } })).headers['access-control-allow-origin']).toBeUndefined();
  const www = `https://www.${settings.domain}:${settings.webPort}`;
  expect((await api('GET', '/health', { headers: { origin: www } })).headers['access-control-allow-origin']).toBe(www);
});

test('logout-keeps-session: 200 and deletion cookie, but the row (and the session) survive', async () => {
  await setFaults('logout-keeps-session');
  const cookie = await login();
  const res = await api('POST', '/auth/logout', { cookie });
  expect(res.status).toBe(200);
  expect(res.setCookies[0]).toContain('Max-Age=0');
  expect(await sql('SELECT 1 FROM sessions WHERE session_id = ?', [cookie.split('=')[1]])).toHaveLength(1);
  expect((await api('GET', '/auth/me', { cookie })).status).toBe(200);
});

test('health-down: /health 503; login still works', async () => {
  await setFaults('health-down');
  expect((await api('GET', '/health')).status).toBe(503);
  expect((await loginRes()).status).toBe(200);
});

test('login-db-down: /health 200, login plain 500 without CORS headers', async () => {
  await setFaults('login-db-down');
  expect((await api('GET', '/health')).json).toEqual({ ok: true, status: 'healthy' });
  const res = await api('POST', '/auth/login', { json: { email: settings.admin.email, password: settings.admin.password }, headers: { origin: settings.appUrl } });
  expect(res.status).toBe(500);
  expect(res.text).toBe('Internal Server Error');
  expect(res.headers['content-type']).toContain('text/plain');
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  expect(res.setCookies).toEqual([]);
});

test('user-role-not-saved: 201 but no user_role / empleado rows', async () => {
  await setFaults('user-role-not-saved');
  const u = await createUser(admin, ['GESTOR']);
  expect(await sql('SELECT 1 FROM user_role WHERE user_id = ?', [u.user_id])).toEqual([]);
  expect(await sql('SELECT 1 FROM empleado WHERE persona_id = ?', [u.persona_id])).toEqual([]);
  expect(await sql('SELECT 1 FROM users WHERE user_id = ?', [u.user_id])).toHaveLength(1);
});

test('pago-no-state-change: pago row inserted, estado_pago stays PENDIENTE', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  await setFaults('pago-no-state-change');
  const r = await act(id, 'registrar-pago', pago);
  expect(r.status).toBe(200);
  expect(r.json.data.pagos).toHaveLength(1);
  expect(r.json.data.estado_pago).toBe('PENDIENTE');
});

test('close-ignored: cerrar 200, nothing changes', async () => {
  const id = await solicitudAt('ASIGNADO_MEDICO');
  await setFaults('close-ignored');
  const r = await act(id, 'cerrar');
  expect(r.status).toBe(200);
  expect(r.json.data.estado_operativo).toBe('ASIGNADO_MEDICO');
  expect(r.json.data.fecha_cierre).toBeNull();
});

test('cancel-ignored: cancelar 200, nothing changes', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  await setFaults('cancel-ignored');
  const r = await act(id, 'cancelar', { comentario: 'x' });
  expect(r.status).toBe(200);
  expect(r.json.data.estado_operativo).toBe('REGISTRADO');
});

test('override-forbidden: override 403 even for ADMIN on CERRADO; other actions unchanged', async () => {
  const id = await solicitudAt('CERRADO');
  await setFaults('override-forbidden');
  const r = await act(id, 'override', { motivo: 'x', accion: 'EDITAR_DATOS', payload: {} });
  expect(r.status).toBe(403);
  expect(r.json.detail.error.message).toBe("Accion 'OVERRIDE' no permitida en estado 'CERRADO'");
  const d = (await api('GET', `/solicitudes/${id}`, { cookie: admin })).json.data;
  expect(d.acciones_permitidas).toEqual(['CAMBIAR_GESTOR', 'CAMBIAR_MEDICO', 'CANCELAR', 'CERRAR', 'EDITAR_DATOS', 'REGISTRAR_PAGO']);
  expect((await api('GET', '/admin/permisos', { cookie: admin })).json.data.ADMIN.CERRADO).not.toContain('OVERRIDE');
});

test('upload-not-stored, download-corrupt, download-404, s3-delete-orphans', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const data = Buffer.from('hello twin');
  const upload = async () => (await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart({ name: 'f.txt', type: 'text/plain', data }) })).json.data.archivo_id as number;
  const keyOf = async (archivoId: number) => (await sql('SELECT storage_path FROM archivos WHERE archivo_id = ?', [archivoId]))[0].storage_path as string;

  await setFaults('upload-not-stored');
  const notStored = await upload();
  expect(await keyOf(notStored)).toMatch(/^[0-9a-f]{32}\.txt$/);
  expect(await s3Has(await keyOf(notStored))).toBe(false);
  expect((await api('GET', `/archivos/${notStored}`, { cookie: admin })).json.detail.error.message).toBe('Archivo fisico no encontrado en storage');

  await setFaults('download-corrupt');
  const stored = await upload();
  const corrupt = await api('GET', `/archivos/${stored}`, { cookie: admin });
  expect(corrupt.status).toBe(200);
  expect(corrupt.bytes.length).toBe(data.length);
  expect(corrupt.bytes.equals(data)).toBe(false);
  expect(corrupt.bytes.subarray(1).equals(data.subarray(1))).toBe(true);

  await setFaults('download-404');
  const nf = await api('GET', `/archivos/${stored}`, { cookie: admin });
  expect(nf.status).toBe(404);
  expect(nf.json).toEqual({ detail: { ok: false, error: { code: 'NOT_FOUND', message: 'Archivo fisico no encontrado en storage' } } });
  expect(await s3Has(await keyOf(stored))).toBe(true);

  await setFaults('s3-delete-orphans');
  const key = await keyOf(stored);
  expect((await api('DELETE', `/archivos/${stored}`, { cookie: admin })).json).toEqual({ ok: true });
  expect(await sql('SELECT 1 FROM archivos WHERE archivo_id = ?', [stored])).toEqual([]);
  expect(await s3Has(key)).toBe(true);
});

test('reports-500 and reports-empty', async () => {
  await createSolicitud(admin);
  await setFaults('reports-500');
  const boom = await api('GET', '/admin/reportes', { cookie: admin, headers: { origin: settings.appUrl } });
  expect(boom.status).toBe(500);
  expect(boom.text).toBe('Internal Server Error');
  expect(boom.headers['access-control-allow-origin']).toBeUndefined();
  await setFaults('reports-empty');
  const empty = (await api('GET', '/admin/reportes', { cookie: admin })).json.data;
  expect(empty.kpis).toEqual({ solicitudes: 0, cerradas: 0, ingresos: 0, ticket_promedio: 0 });
  expect(empty.series).toEqual([]);
  expect(empty.distribucion.every((d: { cantidad: number }) => d.cantidad === 0)).toBe(true);
  await clearFaults();
  expect((await api('GET', '/admin/reportes', { cookie: admin })).json.data.kpis.solicitudes).toBeGreaterThan(0);
});

test('spa-deep-link-404 and mobile-overflow (SPA side, published in /twin-faults.json)', async () => {
  expect((await web('GET', '/')).status, 'twin/web/dist is built (npm test builds it)').toBe(200);
  await setFaults('spa-deep-link-404', 'mobile-overflow');
  expect((await web('GET', '/app/solicitudes/5')).status).toBe(404);
  expect((await web('GET', '/')).status).toBe(200);
  expect((await web('GET', '/twin-faults.json')).json).toEqual({ active: ['mobile-overflow', 'spa-deep-link-404'] });
});

test('spa-assets-missing: "/" still 200, but each hashed asset is answered with index.html', async () => {
  const index = await web('GET', '/');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
  expect(script, 'index.html loads a hashed script').toBeDefined();
  await setFaults('spa-assets-missing');
  const lost = await web('GET', script!);
  expect(lost.status).toBe(200);
  expect(lost.headers['content-type']).toContain('text/html');
  expect(lost.text).toBe(index.text);
  await clearFaults();
  expect((await web('GET', script!)).headers['content-type']).toContain('javascript');
});

test('version-drift: /version answers another build; /health unchanged', async () => {
  await setFaults('version-drift');
  expect((await api('GET', '/version')).json).toEqual({ ok: true, version: '0.0.9' });
  expect((await api('GET', '/health')).status).toBe(200);
  await clearFaults();
  expect((await api('GET', '/version')).json).toEqual({ ok: true, version: settings.version });
});

test('tls-wrong-name: the API host presents a certificate for another name; the SPA host keeps its own', async () => {
  const altNames = (url: string) =>
    new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(url);
      const socket = tls.connect({ host: '127.0.0.1', port: Number(port), servername: hostname, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().subjectaltname ?? '');
        socket.end();
      });
      socket.once('error', reject);
    });
  await setFaults('tls-wrong-name');
  expect(await altNames(settings.apiUrl)).toBe('DNS:wrong-name.invalid');
  expect(await altNames(settings.appUrl)).toContain(`DNS:${settings.domain}`);
  await clearFaults();
  expect(await altNames(settings.apiUrl)).toContain(`DNS:api.${settings.domain}`);
});

test('logout-cookie-no-domain: logout still ends the session but its deletion cookie is the real app\'s (no Domain, no Secure)', async () => {
  const cookie = await login();
  await setFaults('logout-cookie-no-domain');
  const out = await api('POST', '/auth/logout', { cookie });
  expect(out.status).toBe(200);
  expect(out.setCookies[0]).not.toContain('Domain=');
  expect(out.setCookies[0]).not.toContain('Secure');
  expect((await api('GET', '/auth/me', { cookie })).status).toBe(401);
});

test('login-any-password: a wrong password opens an existing account; an unknown e-mail still gets 401', async () => {
  await setFaults('login-any-password');
  expect((await api('POST', '/auth/login', { json: { email: settings.admin.email, password: 'not-the-password' } })).status).toBe(200);
  expect((await api('POST', '/auth/login', { json: { email: 'nobody@example.com', password: 'x' } })).status).toBe(401);
  await clearFaults();
  expect((await api('POST', '/auth/login', { json: { email: settings.admin.email, password: 'not-the-password' } })).status).toBe(401);
});

test('require-admin-missing: a non-admin reads the admin routes; without a session still 401', async () => {
  const user = await createUser(admin, ['OPERADOR'], { password: 'operador-1234' });
  const operador = await login(user.user_email, 'operador-1234');
  expect((await api('GET', '/admin/usuarios', { cookie: operador })).status).toBe(403);
  await setFaults('require-admin-missing');
  expect((await api('GET', '/admin/usuarios', { cookie: operador })).status).toBe(200);
  expect((await api('GET', '/admin/reportes', { cookie: operador })).status).toBe(200);
  expect((await api('GET', '/admin/usuarios')).status).toBe(401);
});

test('solicitud-historial-missing: the solicitud is created without its solicitud_creada row', async () => {
  await setFaults('solicitud-historial-missing');
  const { solicitud_id: id } = await createSolicitud(admin);
  const detail = (await api('GET', `/solicitudes/${id}`, { cookie: admin })).json.data;
  expect(detail.estado_operativo).toBe('REGISTRADO');
  expect(detail.historial).toEqual([]);
});

test('empleados-empty: /empleados lists nobody; assigning a known gestor by id still works', async () => {
  await setFaults('empleados-empty');
  expect((await api('GET', '/empleados?rol=GESTOR', { cookie: admin })).json).toEqual({ ok: true, data: [] });
  const { solicitud_id: id } = await createSolicitud(admin);
  expect((await act(id, 'cambiar-gestor', { persona_id_gestor: gestor.persona_id })).status).toBe(200);
});

test('usuarios-roles-hidden is an SPA-side fault, published in /twin-faults.json', async () => {
  await setFaults('usuarios-roles-hidden');
  expect((await web('GET', '/twin-faults.json')).json).toEqual({ active: ['usuarios-roles-hidden'] });
  const users: { user_email: string; roles: string[] }[] = (await api('GET', '/admin/usuarios', { cookie: admin })).json.data;
  expect(users.find((u) => u.user_email === settings.admin.email)?.roles, 'the API still lists roles').toEqual(['ADMIN']);
});

test('session-cleanup-stalled: plants a 7 h-expired session that stays; switching it off sweeps it', async () => {
  const expiredRows = () => sql('SELECT session_id FROM sessions WHERE expires_at < UTC_TIMESTAMP() - INTERVAL 6 HOUR');
  await setFaults('session-cleanup-stalled');
  const planted = await expiredRows();
  expect(planted).toHaveLength(1);
  const [row] = await sql('SELECT s.user_id, u.estado FROM sessions s JOIN users u ON u.user_id = s.user_id WHERE s.session_id = ?', [planted[0].session_id]);
  expect(row.estado).toBe('ACTIVO');
  await clearFaults();
  await expect.poll(async () => (await expiredRows()).length, { timeout: 10_000 }).toBe(0);
});
