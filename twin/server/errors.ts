// CMEP's three error envelopes (contract §1.1), as exceptions the routes throw and one Fastify error handler sends.
//   S: {"detail": "text"}                       auth, login, require_admin, /admin/usuarios business errors
//   D: {"detail": {"ok": false, "error": {...}}} solicitudes, workflow, archivos
//   V: {"detail": [pydantic-like issues]}       422 body/query/path validation
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailed, type Issue } from './validate.ts';

export class HttpError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
  }
}

/** (S) `{"detail": "<text>"}` */
export function errS(status: number, text: string): HttpError {
  return new HttpError(status, { detail: text });
}

const D_CODES: Record<number, string> = { 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 422: 'VALIDATION_ERROR' };

/** (D) `{"detail": {"ok": false, "error": {"code", "message"}}}` */
export function errD(status: number, message: string, code = D_CODES[status] ?? 'ERROR'): HttpError {
  return new HttpError(status, { detail: { ok: false, error: { code, message } } });
}

/** (V) 422 `{"detail": [issues]}` */
export function errV(issues: Issue[]): HttpError {
  return new HttpError(422, { detail: issues });
}

export const NOT_AUTHENTICATED = () => errS(401, 'No autenticado');
export const SESSION_INVALID = () => errS(401, 'Sesion invalida o expirada');
export const ADMIN_ONLY = () => errS(403, 'Solo ADMIN puede acceder a esta funcion');

/** An unhandled exception: Starlette's ServerErrorMiddleware sits outside CORS, so the 500 has no CORS headers. */
export function sendPlain500(reply: FastifyReply): void {
  for (const h of Object.keys(reply.getHeaders())) {
    if (h.toLowerCase().startsWith('access-control-') || h.toLowerCase() === 'vary') reply.removeHeader(h);
  }
  reply.code(500).type('text/plain; charset=utf-8').send('Internal Server Error');
}

export function installErrorHandler(app: FastifyInstance, log: (err: unknown) => void): void {
  app.setErrorHandler((err: FastifyError | HttpError, _req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpError) {
      reply.code(err.status).type('application/json').send(err.body);
      return;
    }
    if (err instanceof ValidationFailed) {
      reply.code(422).type('application/json').send({ detail: err.issues });
      return;
    }
    // Fastify's own client errors (body too large, bad multipart framing) keep their 4xx status with a (S) body.
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      reply.code(status).type('application/json').send({ detail: err.message });
      return;
    }
    log(err);
    sendPlain500(reply);
  });
}
