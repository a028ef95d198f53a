// Report filters and their defaults (contract §6.10): last 30 days (UTC), estado CERRADO, mensual.
import { todayUtc } from '../../format.ts';

export interface ReportFilters {
  desde: string;
  hasta: string;
  estado: string;
  agrupacion: 'mensual' | 'semanal';
}

export function defaultFilters(): ReportFilters {
  return { desde: todayUtc(-30), hasta: todayUtc(), estado: 'CERRADO', agrupacion: 'mensual' };
}
