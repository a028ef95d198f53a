import type { Locator, Page } from '@playwright/test';

export const ESTADOS_OPERATIVOS = [
  'REGISTRADO',
  'ASIGNADO_GESTOR',
  'PAGADO',
  'ASIGNADO_MEDICO',
  'CERRADO',
  'CANCELADO',
] as const;
export type EstadoOperativo = (typeof ESTADOS_OPERATIVOS)[number];

/** The badge shows the enum with spaces instead of underscores (`ASIGNADO GESTOR`, contract §6.8). */
export function estadoLabel(estado: EstadoOperativo): string {
  return estado.replace(/_/g, ' ');
}

/** The state badge of the detail page's header. */
export class StateBadge {
  constructor(private readonly page: Page) {}

  /**
   * The badge has no role or label; it is the element right after the `h2` that holds the codigo (contract §6.8,
   * harness hints). The same text also appears in the historial and in `Estado atencion:`, so text alone is ambiguous.
   */
  get root(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 }).locator('xpath=following-sibling::*[1]');
  }
}
