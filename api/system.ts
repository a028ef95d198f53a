// Public probes: /health never touches the database (contract §1.2), so it is only the first sign of life.
import type { CmepHttp } from './http.ts';
import { healthSchema, versionSchema } from './schemas.ts';

export class SystemApi {
  constructor(private readonly http: CmepHttp) {}

  health() {
    return this.http.call('GET', '/health', healthSchema, { withCookies: false });
  }

  version() {
    return this.http.call('GET', '/version', versionSchema, { withCookies: false });
  }
}
