// A tiny HTTPS client for the twin's own contract tests (deliberately not the harness's api/ client: the twin is
// checked independently of the code that will run against it). It resolves the twin's host names to 127.0.0.1 and
// trusts the twin's CA, like curl --resolve --cacert; it also drives the control endpoint and reads the DB.
import dns from 'node:dns';
import fs from 'node:fs';
import { Agent, FormData, request } from 'undici';
import mysql from 'mysql2/promise';
import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3';
import { twinSettings } from '../../config/twin.ts';

export const settings = twinSettings();
const twinHosts = new Set([settings.domain, `api.${settings.domain}`]);

const dispatcher = new Agent({
  connect: {
    ca: fs.readFileSync(settings.tls.ca),
    lookup: ((hostname: string, options: dns.LookupOptions, callback: (...args: any[]) => void) => {
      if (!twinHosts.has(hostname)) return dns.lookup(hostname, options, callback);
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return callback(null, '127.0.0.1', 4);
    }) as unknown as typeof dns.lookup,
  },
});

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  bytes: Buffer;
  json: any;
  /** Every Set-Cookie line. */
  setCookies: string[];
}

export interface Req {
  json?: unknown;
  body?: string | FormData;
  cookie?: string;
  headers?: Record<string, string>;
}

async function send(base: string, method: string, path: string, req: Req = {}): Promise<Res> {
  const headers: Record<string, string> = { ...req.headers };
  let body: string | FormData | undefined = req.body;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  }
  if (req.cookie) headers.cookie = req.cookie;
  const res = await request(`${base}${path}`, { method: method as any, headers, body, dispatcher });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const sc = res.headers['set-cookie'];
  return { status: res.statusCode, headers: res.headers, text, bytes, json, setCookies: sc === undefined ? [] : ([] as string[]).concat(sc) };
}

export const api = (method: string, path: string, req?: Req) => send(settings.apiUrl, method, path, req);
export const web = (method: string, path: string, req?: Req) => send(settings.appUrl, method, path, req);

/** `cmep_session=<hex>` from a login answer, ready for a Cookie header. */
export function sessionFrom(res: Res): string {
  const line = res.setCookies.find((c) => c.startsWith('cmep_session='));
  if (!line) throw new Error(`no cmep_session cookie in ${res.status} ${res.text}`);
  return line.split(';')[0]!;
}

export async function login(email = settings.admin.email, password = settings.admin.password): Promise<string> {
  const res = await api('POST', '/auth/login', { json: { email, password } });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
  return sessionFrom(res);
}

// ---- control endpoint ----
async function control(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${settings.controlUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}
export const controlRaw = control;
export async function setFaults(...active: string[]): Promise<void> {
  const r = await control('PUT', '/faults', { active });
  if (r.status !== 200) throw new Error(`PUT /faults ${r.status} ${JSON.stringify(r.json)}`);
}
export const clearFaults = async () => void (await control('DELETE', '/faults'));
export const resetTwin = async () => void (await control('POST', '/reset'));

// ---- direct DB and S3 reads, to see what a route wrote ----
let pool: mysql.Pool | undefined;
export function db(): mysql.Pool {
  pool ??= mysql.createPool({
    host: '127.0.0.1', port: settings.dbPort, user: settings.db.user, password: settings.db.password,
    database: settings.db.database, timezone: 'Z', dateStrings: true, connectionLimit: 2,
  });
  return pool;
}
export async function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await db().query(query, params);
  return rows as T[];
}
/** Row counts of the tables a write may touch: equal before and after = the request wrote nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  const tables = ['personas', 'users', 'user_role', 'empleado', 'medico_extra', 'sessions', 'clientes', 'promotores', 'solicitud_cmep',
    'solicitud_asignacion', 'solicitud_estado_historial', 'pago_solicitud', 'archivos', 'solicitud_archivo'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await sql(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  return out;
}

const s3 = new S3Client({
  region: settings.s3.region, endpoint: settings.s3.endpoint, forcePathStyle: true,
  credentials: { accessKeyId: settings.s3.accessKeyId, secretAccessKey: settings.s3.secretAccessKey },
});
export async function s3Has(key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: settings.s3.bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

export async function closeClients(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

// ---- data builders ----
let seq = 0;
/** A unique suffix per call (document numbers and e-mails must never collide, even across resets). */
export function uniq(): string {
  seq += 1;
  return `${Date.now().toString(36)}${seq}`.toUpperCase();
}

export async function createUser(admin: string, roles: string[], extra: Record<string, unknown> = {}) {
  const u = uniq();
  const body = {
    user_email: `twin-${u.toLowerCase()}@example.com`, password: 'staff-pass-1234', nombres: `N${u}`, apellidos: `A${u}`,
    tipo_documento: 'PASAPORTE', numero_documento: `TW${u}`, roles, ...extra,
  };
  const res = await api('POST', '/admin/usuarios', { cookie: admin, json: body });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${res.text}`);
  return { ...res.json.data, password: body.password } as { user_id: number; persona_id: number; user_email: string; password: string };
}

export async function createSolicitud(cookie: string, extra: Record<string, unknown> = {}) {
  const u = uniq();
  const res = await api('POST', '/solicitudes', {
    cookie,
    json: { cliente: { tipo_documento: 'PASAPORTE', numero_documento: `CL${u}`, nombres: 'Cliente', apellidos: `SMOKE-${u}` }, servicio_id: 1, ...extra },
  });
  if (res.status !== 200) throw new Error(`create solicitud: ${res.status} ${res.text}`);
  return res.json.data as { solicitud_id: number; codigo: string };
}

export function multipart(file: { name: string; type: string; data: Buffer } | undefined, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  return form;
}
