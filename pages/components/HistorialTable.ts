import type { Locator, Page } from '@playwright/test';

/** `Historial de cambios`: `Fecha | Campo | Anterior | Nuevo | Usuario | Comentario`, newest first, raw campo names. */
export class HistorialTable {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: 'Campo', exact: true }) });
  }

  /** Data rows whose Campo cell is `campo` (e.g. `cambio_gestor`, `estado_atencion`), or matches it. */
  rows(campo: string | RegExp): Locator {
    const cell = typeof campo === 'string' ? this.page.getByRole('cell', { name: campo, exact: true }) : this.page.getByRole('cell', { name: campo });
    return this.table.getByRole('row').filter({ has: cell });
  }
}
