import type { CmepHttp } from './http.ts';
import { envelope, reportSchema, type Report } from './schemas.ts';

export interface ReportFilters {
  /** YYYY-MM-DD */
  desde?: string;
  /** YYYY-MM-DD, inclusive */
  hasta?: string;
  estado?: string;
  agrupacion?: 'mensual' | 'semanal';
}

export class ReportesApi {
  constructor(private readonly http: CmepHttp) {}

  /** GET /admin/reportes (ADMIN only). */
  async get(filters: ReportFilters = {}): Promise<Report> {
    return (await this.http.call('GET', '/admin/reportes', envelope(reportSchema), { query: { ...filters } })).data;
  }
}
