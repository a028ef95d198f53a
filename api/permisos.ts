import type { CmepHttp } from './http.ts';
import { envelope, permisosSchema, type Permisos } from './schemas.ts';

export class PermisosApi {
  constructor(private readonly http: CmepHttp) {}

  /** The POLICY matrix (ADMIN only). */
  async get(): Promise<Permisos> {
    return (await this.http.call('GET', '/admin/permisos', envelope(permisosSchema))).data;
  }
}
