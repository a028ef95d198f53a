import { z } from 'zod';
import type { CmepHttp } from './http.ts';
import { envelope, servicioSchema, type Servicio } from './schemas.ts';

export class ServiciosApi {
  constructor(private readonly http: CmepHttp) {}

  async list(): Promise<Servicio[]> {
    return (await this.http.call('GET', '/servicios', envelope(z.array(servicioSchema)))).data;
  }
}
