// The API facade: one CmepApi = one identity (its own cookie jar) over a shared, process-wide Dispatcher.
import type { Dispatcher } from 'undici';
import type { CmepConfig } from '../config/index.ts';
import { ArchivosApi } from './archivos.ts';
import { AuthApi, SESSION_COOKIE } from './auth.ts';
import { CookieJar } from './cookies.ts';
import { createDispatcher } from './dispatcher.ts';
import { EmpleadosApi } from './empleados.ts';
import { CmepHttp, type Method, type RawResponse, type RequestOptions } from './http.ts';
import { PermisosApi } from './permisos.ts';
import { ReportesApi } from './reportes.ts';
import { ServiciosApi } from './servicios.ts';
import { SolicitudesApi } from './solicitudes.ts';
import { SystemApi } from './system.ts';
import { UsuariosApi } from './usuarios.ts';
import type { User } from './schemas.ts';

export type ApiConfig = Pick<CmepConfig, 'apiUrl' | 'caFile' | 'target' | 'resolve'>;

const dispatchers = new Map<string, Dispatcher>();

/** One connection pool per (CA, resolve map): clients of the same target share sockets. */
function sharedDispatcher(config: ApiConfig): Dispatcher {
  const key = JSON.stringify([config.caFile, [...config.resolve]]);
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    dispatcher = createDispatcher(config);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

export class CmepApi {
  readonly http: CmepHttp;
  readonly system: SystemApi;
  readonly auth: AuthApi;
  readonly usuarios: UsuariosApi;
  readonly empleados: EmpleadosApi;
  readonly servicios: ServiciosApi;
  readonly solicitudes: SolicitudesApi;
  readonly archivos: ArchivosApi;
  readonly reportes: ReportesApi;
  readonly permisos: PermisosApi;

  /** An anonymous client (empty jar); log in with `auth.login` or `withSession`. */
  constructor(config: ApiConfig, options: { dispatcher?: Dispatcher; jar?: CookieJar } = {}) {
    this.http = new CmepHttp(config.apiUrl, options.dispatcher ?? sharedDispatcher(config), options.jar);
    this.system = new SystemApi(this.http);
    this.auth = new AuthApi(this.http);
    this.usuarios = new UsuariosApi(this.http);
    this.empleados = new EmpleadosApi(this.http);
    this.servicios = new ServiciosApi(this.http);
    this.solicitudes = new SolicitudesApi(this.http);
    this.archivos = new ArchivosApi(this.http);
    this.reportes = new ReportesApi(this.http);
    this.permisos = new PermisosApi(this.http);
  }

  /** A client that presents an existing session (e.g. from a storage state). */
  static withSession(config: ApiConfig, sessionId: string): CmepApi {
    const api = new CmepApi(config);
    api.http.jar.set(SESSION_COOKIE, sessionId);
    return api;
  }

  /** A request whose status and headers the test asserts itself; uses this client's cookies unless told not to. */
  raw(method: Method, path: string, options?: RequestOptions): Promise<RawResponse> {
    return this.http.raw(method, path, options);
  }
}

/** Logs in by API and returns the logged-in client and its user. */
export async function login(config: ApiConfig, email: string, password: string): Promise<{ api: CmepApi; user: User }> {
  const api = new CmepApi(config);
  const user = await api.auth.login(email, password);
  return { api, user };
}

export { CmepApiError, CmepSchemaError, detailText } from './errors.ts';
export { CookieJar, parseSetCookie, type ServerCookie } from './cookies.ts';
export { SESSION_COOKIE } from './auth.ts';
export type { RawResponse, Method, RequestOptions } from './http.ts';
export * from './schemas.ts';
export type { NewSolicitud, PersonaInput, Pago, Override, OverrideAccion, SolicitudPatch, ListFilters } from './solicitudes.ts';
export type { NewUsuario, UsuarioPatch } from './usuarios.ts';
export type { Upload, Download } from './archivos.ts';
export type { ReportFilters } from './reportes.ts';
