// /auth: login sets `cmep_session` in this client's jar; logout asks the server to end that session.
import type { CmepHttp, RawResponse } from './http.ts';
import { authUserSchema, okSchema, type User } from './schemas.ts';

export const SESSION_COOKIE = 'cmep_session';

export class AuthApi {
  constructor(private readonly http: CmepHttp) {}

  /** Logs in and returns the user; the session cookie lands in the jar. The password is never logged. */
  async login(email: string, password: string): Promise<User> {
    const { data } = await this.http.call('POST', '/auth/login', authUserSchema, { json: { email, password }, withCookies: false });
    return data.user;
  }

  /** The raw login response, for tests that assert the Set-Cookie header or a refusal. */
  loginRaw(email: string, password: string): Promise<RawResponse> {
    return this.http.raw('POST', '/auth/login', { json: { email, password }, withCookies: false });
  }

  async me(): Promise<User> {
    const { data } = await this.http.call('GET', '/auth/me', authUserSchema);
    return data.user;
  }

  async logout(): Promise<void> {
    await this.http.call('POST', '/auth/logout', okSchema);
  }

  /** The session id this client holds, or undefined when logged out. */
  sessionId(): string | undefined {
    return this.http.jar.get(SESSION_COOKIE)?.value;
  }
}
