// The request layer: one base URL, one Dispatcher, one cookie jar (= one logged-in identity).
// `call` is for typed reads (non-2xx → CmepApiError, wrong shape → CmepSchemaError); `raw` is for tests that
// assert statuses and headers themselves (CORS preflight, Set-Cookie, 401s).
import { request, type Dispatcher, type FormData } from 'undici';
import type { z } from 'zod';
import { CookieJar, type ServerCookie } from './cookies.ts';
import { CmepApiError, CmepSchemaError, detailText } from './errors.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD';
export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON with Content-Type application/json (the SPA always sets it, contract §1.1). */
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** Send the jar's cookies (default true). */
  withCookies?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Set-Cookie headers parsed, attributes kept. */
  setCookies: ServerCookie[];
  bytes: Buffer;
  text(): string;
  /** The body parsed as JSON, or the raw text when it is not JSON. */
  body(): unknown;
  header(name: string): string | undefined;
}

export class CmepHttp {
  readonly jar: CookieJar;

  constructor(
    readonly baseUrl: string,
    readonly dispatcher: Dispatcher,
    jar?: CookieJar,
  ) {
    this.jar = jar ?? new CookieJar();
  }

  url(path: string, query?: Query): string {
    const url = new URL(path, `${this.baseUrl}/`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  async raw(method: Method, path: string, options: RequestOptions = {}): Promise<RawResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    const cookie = options.withCookies === false ? undefined : this.jar.header();
    if (cookie) headers.cookie = cookie;

    const response = await request(this.url(path, options.query), {
      method,
      headers,
      body,
      dispatcher: this.dispatcher,
    });
    const bytes = Buffer.from(await response.body.arrayBuffer());
    const rawSetCookie = response.headers['set-cookie'];
    const setCookieHeaders = rawSetCookie === undefined ? [] : Array.isArray(rawSetCookie) ? rawSetCookie : [rawSetCookie];
    const setCookies = this.jar.store(setCookieHeaders);
    const text = () => bytes.toString('utf8');
    return {
      status: response.statusCode,
      headers: response.headers,
      setCookies,
      bytes,
      text,
      body() {
        try {
          return JSON.parse(text());
        } catch {
          return text();
        }
      },
      header(name) {
        const value = response.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  /** A typed call: non-2xx → CmepApiError; a body that does not match `schema` → CmepSchemaError. */
  async call<S extends z.ZodType>(method: Method, path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
    const response = await this.expectOk(method, path, options);
    const parsed = schema.safeParse(response.body());
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new CmepSchemaError(method, path, issues);
    }
    return parsed.data;
  }

  /** The raw response of a call that must succeed (downloads: bytes + headers). */
  async expectOk(method: Method, path: string, options: RequestOptions = {}): Promise<RawResponse> {
    const response = await this.raw(method, path, options);
    if (response.status < 200 || response.status > 299) {
      const body = response.body();
      throw new CmepApiError(method, path, response.status, detailText(body), body);
    }
    return response;
  }
}
