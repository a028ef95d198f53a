import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './scope.ts';

export interface PagoInput {
  monto: string;
  canal?: 'YAPE' | 'PLIN' | 'TRANSFERENCIA' | 'EFECTIVO';
  moneda?: 'PEN' | 'USD';
  /** YYYY-MM-DD; the form defaults to today's UTC date. */
  fecha?: string;
  referencia?: string;
}

/**
 * The Pago block and its inline `Registrar pago` section. Two buttons share that name once the section is open (the
 * block's opener and the section's submit, contract §9.21), so each is scoped deliberately.
 */
export class PagoSection {
  constructor(private readonly page: Page) {}

  /** The block's button. Before the section is open it is the only button with this name. */
  get openButton(): Locator {
    // The opener is rendered before the inline section, so it is the first of the two same-named buttons.
    return this.page.getByRole('button', { name: 'Registrar pago', exact: true }).first();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 4, name: 'Registrar pago', exact: true });
  }

  /** The open section: its heading plus the only number input of the page (Monto). */
  get root(): Locator {
    return innermostDiv(this.page, this.heading, this.page.getByRole('spinbutton'));
  }

  get canal(): Locator {
    return selectWithOption(this.root, this.page, 'YAPE');
  }

  get fecha(): Locator {
    return this.root.locator('input[type=date]');
  }

  get monto(): Locator {
    return this.root.getByRole('spinbutton');
  }

  get moneda(): Locator {
    return selectWithOption(this.root, this.page, 'USD');
  }

  get referencia(): Locator {
    return this.root.getByPlaceholder('Numero de operacion, voucher...');
  }

  get submitButton(): Locator {
    // Should the opener sit inside the same box, it precedes the submit: the submit is the last one.
    return this.root.getByRole('button', { name: 'Registrar pago', exact: true }).last();
  }

  /** The payments table of the block (`Canal | Fecha | Monto | …`). */
  get pagosTable(): Locator {
    return this.page.getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: 'Canal', exact: true }) });
  }

  async register(pago: PagoInput): Promise<void> {
    await test.step(`register pago ${pago.moneda ?? 'PEN'} ${pago.monto}`, async () => {
      await this.openButton.click();
      if (pago.canal) await this.canal.selectOption(pago.canal);
      if (pago.fecha) await this.fecha.fill(pago.fecha);
      await this.monto.fill(pago.monto);
      if (pago.moneda) await this.moneda.selectOption(pago.moneda);
      if (pago.referencia) await this.referencia.fill(pago.referencia);
      await this.submitButton.click();
    });
  }
}
