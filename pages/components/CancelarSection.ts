import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv } from './scope.ts';

/**
 * `Cancelar solicitud`: the top button is not rendered at all when CANCELAR is not allowed (there is no disabled
 * variant), and it opens an inline section titled the same (h3) whose buttons include yet another `Cancelar`
 * (contract §6.8 item 5, §9.21). After cancellation: a grey banner and the motivo box.
 */
export class CancelarSection {
  constructor(private readonly page: Page) {}

  get openButton(): Locator {
    return this.page.getByRole('button', { name: 'Cancelar solicitud', exact: true });
  }

  get motivo(): Locator {
    return this.page.getByPlaceholder('Razon de cancelacion...');
  }

  get confirmButton(): Locator {
    return this.page.getByRole('button', { name: 'Confirmar cancelacion', exact: true });
  }

  get banner(): Locator {
    return this.page.getByText('CANCELADA — Solicitud cancelada.');
  }

  /** The box that starts with `Motivo de cancelacion:` and holds the motivo text. */
  get motivoBox(): Locator {
    return innermostDiv(this.page, this.page.getByText('Motivo de cancelacion:', { exact: true }));
  }

  async cancel(motivo: string): Promise<void> {
    await test.step('cancel the solicitud', async () => {
      await this.openButton.click();
      await this.motivo.fill(motivo);
      await this.confirmButton.click();
    });
  }
}
