// The one place that talks to the CMEP API: cross-origin, with the session cookie, JSON in and out.
// Errors carry the API's `detail` as it came (string, nested envelope or validation list) so that
// each page can pick its own wording; `detailText` turns any of those shapes into readable text.

export const API_URL: string = (import.meta.env.VITE_API_URL || '').replace(/\/+$/, '');

export class ApiError extends Error {
  readonly status: number;
  readonly detail: unknown;

  constructor(status: number, detail: unknown) {
    super(detailText(detail));
    this.status = status;
    this.detail = detail;
  }
}

interface NestedErrorDetail {
  ok?: boolean;
  error?: { code?: string; message?: string };
}

interface ValidationIssue {
  loc?: unknown[];
  msg?: string;
}

/** Readable text for any `detail` shape: the real app crashed on non-strings; the twin prints them. */
export function detailText(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((issue: ValidationIssue) => {
        const where = Array.isArray(issue.loc) ? issue.loc.filter((p) => p !== 'body').join('.') : '';
        return where ? `${where}: ${issue.msg ?? ''}` : String(issue.msg ?? JSON.stringify(issue));
      })
      .join('; ');
  }
  if (typeof detail === 'object') {
    const nested = detail as NestedErrorDetail;
    if (nested.error?.message) return nested.error.message;
    return JSON.stringify(detail);
  }
  return String(detail);
}

/** Validation issues (422 list) whose `loc` ends with the given path, e.g. ['cliente', 'numero_documento']. */
export function validationMessagesFor(detail: unknown, pathTail: string[]): string[] {
  if (!Array.isArray(detail)) return [];
  return detail
    .filter((issue: ValidationIssue) => {
      const loc = Array.isArray(issue.loc) ? issue.loc.map(String) : [];
      return pathTail.every((part, i) => loc[loc.length - pathTail.length + i] === part);
    })
    .map((issue: ValidationIssue) => String(issue.msg ?? ''));
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${API_URL}${path}`, { credentials: 'include', ...init });
  } catch (err) {
    // A 500 without CORS headers reaches the page as a network error: say so instead of going blank.
    throw new ApiError(0, `Error de conexion con el servidor (${err instanceof Error ? err.message : String(err)})`);
  }
  const body = await readBody(response);
  if (!response.ok) {
    const detail = body && typeof body === 'object' && 'detail' in body ? (body as { detail: unknown }).detail : body;
    throw new ApiError(response.status, detail ?? response.statusText);
  }
  return body;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** JSON request; the Content-Type header is always set, even on body-less POSTs (as the real client does). */
export function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return send(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }) as Promise<T>;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  /** Multipart upload: the browser sets the boundary, so no Content-Type here. */
  upload: <T>(path: string, form: FormData) => send(path, { method: 'POST', body: form }) as Promise<T>,
};

/** Query string from the non-empty values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Readable text for anything a page caught. */
export function errorText(err: unknown, fallback = 'Error inesperado'): string {
  if (err instanceof ApiError) return detailText(err.detail) || fallback;
  if (err instanceof Error) return err.message || fallback;
  return fallback;
}
