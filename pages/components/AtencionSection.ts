import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './scope.ts';

export type TipoAtencion = 'VIRTUAL' | 'PRESENCIAL';

/** `Editar tipo/lugar atencion` in the Gestion administrativa block, and its inline editor (contract §6.8 item 7). */
export class AtencionSection {
  constructor(private readonly page: Page) {}

  get openButton(): Locator {
    return this.page.getByRole('button', { name: 'Editar tipo/lugar atencion', exact: true });
  }

  get lugar(): Locator {
    return this.page.getByPlaceholder('Ej: Consultorio Lima Norte');
  }

  get root(): Locator {
    return innermostDiv(this.page, this.lugar, this.page.getByRole('button', { name: 'Guardar', exact: true }));
  }

  /** Its label `Tipo atencion` is not associated; `PRESENCIAL` is an option only this select has. */
  get tipo(): Locator {
    return selectWithOption(this.root, this.page, 'PRESENCIAL');
  }

  get saveButton(): Locator {
    return this.root.getByRole('button', { name: 'Guardar', exact: true });
  }

  async set(tipo: TipoAtencion, lugar: string): Promise<void> {
    await test.step(`set tipo atencion ${tipo}, lugar ${lugar}`, async () => {
      await this.openButton.click();
      await this.tipo.selectOption(tipo);
      await this.lugar.fill(lugar);
      await this.saveButton.click();
    });
  }
}
