// The API client's error mapping: every shape of FastAPI `detail` (contract §1.1) becomes one readable string,
// and the error's message names method, path, status and detail — never a request body.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { Agent } from 'undici';
import { CmepApiError, CmepSchemaError, detailText } from '../../api/errors.ts';
import { CmepHttp } from '../../api/http.ts';
import { parseSetCookie, CookieJar } from '../../api/cookies.ts';
import { authUserSchema } from '../../api/schemas.ts';

test('detail (S) string is kept as is', () => {
  expect(detailText({ detail: 'No autenticado' })).toBe('No autenticado');
});

test('detail (D) nested envelope becomes CODE: message', () => {
  const body = { detail: { ok: false, error: { code: 'FORBIDDEN', message: "Accion 'OVERRIDE' no permitida en estado 'CERRADO'" } } };
  expect(detailText(body)).toBe("FORBIDDEN: Accion 'OVERRIDE' no permitida en estado 'CERRADO'");
});

test('detail (V) Pydantic list becomes loc: msg pairs', () => {
  const body = { detail: [{ type: 'missing', loc: ['body', 'password'], msg: 'Field required', input: {} }] };
  expect(detailText(body)).toBe('body.password: Field required');
});

test('a plain-text 500 is shown as its text', () => {
  expect(detailText('Internal Server Error')).toBe('Internal Server Error');
});

test.describe('against a local HTTP server', () => {
  let server: http.Server;
  let client: CmepHttp;

  test.beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/auth/login') {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: 'Credenciales invalidas' }));
      } else if (req.url === '/auth/me') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, data: { user: { user_id: 'x' } } }));
      } else {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = new CmepHttp(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, new Agent());
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('a non-2xx is a CmepApiError with status, detail and body; the password stays out of it', async () => {
    const error = await client
      .call('POST', '/auth/login', authUserSchema, { json: { email: 'a@b.c', password: 'never-in-errors-123' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmepApiError);
    expect(error).toMatchObject({ status: 401, detail: 'Credenciales invalidas', body: { detail: 'Credenciales invalidas' } });
    expect((error as Error).message).toBe('POST /auth/login → 401: Credenciales invalidas');
    expect(JSON.stringify(error) + (error as Error).message + (error as Error).stack).not.toContain('never-in-errors-123');
  });

  test('a plain-text 500 keeps its text as detail', async () => {
    const error = await client.call('GET', '/boom', authUserSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, detail: 'Internal Server Error' });
  });

  test('a 2xx of the wrong shape is a CmepSchemaError naming the field', async () => {
    const error = await client.call('GET', '/auth/me', authUserSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmepSchemaError);
    expect((error as Error).message).toContain('GET /auth/me: unexpected response shape: data.user.user_id');
  });
});

test('Set-Cookie is parsed with its attributes; a deletion cookie empties the jar', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const cookie = parseSetCookie('cmep_session=abc123; Domain=.cmep.test; HttpOnly; Max-Age=86400; Path=/; SameSite=none; Secure', now);
  expect(cookie).toEqual({
    name: 'cmep_session',
    value: 'abc123',
    domain: '.cmep.test',
    path: '/',
    maxAge: 86400,
    expiresAt: now + 86_400_000,
    secure: true,
    httpOnly: true,
    sameSite: 'none',
  });
  const jar = new CookieJar();
  jar.store(['cmep_session=abc123; Max-Age=86400; Path=/'], now);
  expect(jar.header(now)).toBe('cmep_session=abc123');
  jar.store(['cmep_session=""; expires=Thu, 01 Jan 2026 00:00:00 GMT; Max-Age=0; Path=/; SameSite=lax'], now);
  expect(jar.header(now)).toBeUndefined();
});
