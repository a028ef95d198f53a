// /empleados: the ACTIVO employees of a role, i.e. what the assignment drop-downs offer.
import { z } from 'zod';
import type { CmepHttp } from './http.ts';
import { empleadoSchema, envelope, type Empleado } from './schemas.ts';

export class EmpleadosApi {
  constructor(private readonly http: CmepHttp) {}

  async list(rol: 'OPERADOR' | 'GESTOR' | 'MEDICO'): Promise<Empleado[]> {
    return (await this.http.call('GET', '/empleados', envelope(z.array(empleadoSchema)), { query: { rol } })).data;
  }
}
