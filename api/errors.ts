// Typed errors of the API client. A message names the request (method, path), the status and the server's
// `detail` as text; it never carries the request body, which may hold a password.

export class CmepApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    /** The server's `detail` in string form (see detailText). */
    readonly detail: string,
    /** The parsed JSON body, or the raw text when the body is not JSON. */
    readonly body: unknown,
  ) {
    super(`${method} ${path} → ${status}: ${detail}`);
    this.name = 'CmepApiError';
  }
}

/** The response was 2xx but did not have the shape the contract documents. */
export class CmepSchemaError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly issues: string,
  ) {
    super(`${method} ${path}: unexpected response shape: ${issues}`);
    this.name = 'CmepSchemaError';
  }
}

const MAX_TEXT = 200;

/**
 * The server's `detail` as one readable string, whatever its shape (contract §1.1):
 * (S) a string as is; (D) `{ok:false,error:{code,message}}` as `CODE: message`; (V) the Pydantic list as
 * `body.password: Field required; …`; a non-JSON body (e.g. a plain-text 500) as its first 200 characters.
 */
export function detailText(body: unknown): string {
  if (typeof body === 'string') return body.length > MAX_TEXT ? `${body.slice(0, MAX_TEXT)}…` : body || '(empty body)';
  if (!body || typeof body !== 'object' || !('detail' in body)) return JSON.stringify(body)?.slice(0, MAX_TEXT) ?? '';
  const detail = (body as { detail: unknown }).detail;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((item) => {
        const { loc, msg } = (item ?? {}) as { loc?: unknown; msg?: unknown };
        const where = Array.isArray(loc) ? loc.join('.') : '?';
        return `${where}: ${typeof msg === 'string' ? msg : JSON.stringify(item)}`;
      })
      .join('; ');
  }
  const error = (detail as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    return typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  }
  return JSON.stringify(detail).slice(0, MAX_TEXT);
}
