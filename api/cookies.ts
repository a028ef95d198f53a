// A small cookie jar per logged-in role. It keeps every attribute of Set-Cookie so that tests can assert what
// the server sent (Secure, SameSite, Domain, …) and replays name=value pairs on later requests.

export interface ServerCookie {
  name: string;
  value: string;
  domain: string | null;
  path: string | null;
  maxAge: number | null;
  /** Absolute expiry (ms since epoch) from Max-Age or Expires; null = session cookie. */
  expiresAt: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
}

/** Parses one Set-Cookie header value. Attribute names are case-insensitive; Max-Age wins over Expires. */
export function parseSetCookie(header: string, now: number = Date.now()): ServerCookie {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  const cookie: ServerCookie = {
    name: (eq < 0 ? pair : pair.slice(0, eq)).trim(),
    value: eq < 0 ? '' : pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'),
    domain: null,
    path: null,
    maxAge: null,
    expiresAt: null,
    secure: false,
    httpOnly: false,
    sameSite: null,
  };
  let expires: number | null = null;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'domain') cookie.domain = value;
    else if (key === 'path') cookie.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.maxAge = Number(value);
    else if (key === 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value);
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'samesite') cookie.sameSite = value;
  }
  cookie.expiresAt = cookie.maxAge !== null ? now + cookie.maxAge * 1000 : expires;
  return cookie;
}

export class CookieJar {
  private readonly cookies = new Map<string, ServerCookie>();

  /** Stores what the server set; a cookie set to expire now or earlier is removed, as a browser would. */
  store(setCookieHeaders: readonly string[], now: number = Date.now()): ServerCookie[] {
    const parsed = setCookieHeaders.map((h) => parseSetCookie(h, now));
    for (const cookie of parsed) {
      if (cookie.expiresAt !== null && cookie.expiresAt <= now) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie);
    }
    return parsed;
  }

  /** Puts a known cookie in the jar (e.g. the session from a storage state file). */
  set(name: string, value: string): void {
    this.cookies.set(name, { ...parseSetCookie(`${name}=${value}`), value });
  }

  get(name: string): ServerCookie | undefined {
    return this.cookies.get(name);
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  /** The Cookie request header, or undefined when the jar is empty. */
  header(now: number = Date.now()): string | undefined {
    const live = [...this.cookies.values()].filter((c) => c.expiresAt === null || c.expiresAt > now);
    return live.length ? live.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }
}
