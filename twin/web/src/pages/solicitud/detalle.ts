// What every block of the detail page receives: the solicitud, the permission test and the one way to
// run a workflow action (it reports errors in the page's error box and refreshes the solicitud).
import type { SolicitudDetail } from '../../api/types.ts';

export interface DetalleProps {
  detail: SolicitudDetail;
  can(action: string): boolean;
  terminal: boolean;
  /** Runs an API call that changes the solicitud; resolves true on success (the page has reloaded). */
  run(request: () => Promise<unknown>): Promise<boolean>;
}

export function isTerminal(estado: string): boolean {
  return estado === 'CERRADO' || estado === 'CANCELADO';
}
