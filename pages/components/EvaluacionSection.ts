import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './scope.ts';

export type EstadoCertificado = 'APROBADO' | 'OBSERVADO';

/**
 * The Evaluacion medica block's own controls: the Estado certificado select (saves on change) and the close action.
 * `Cerrar solicitud` first checks client-side preconditions (tipo atencion, estado certificado, …) and shows a
 * `No se puede cerrar aun. Falta:` box instead of its section when one is missing (contract §6.8 item 9, §9.10).
 */
export class EvaluacionSection {
  constructor(private readonly page: Page) {}

  /** Unlabelled; `APROBADO` is an option only this select has. */
  get estadoCertificado(): Locator {
    return selectWithOption(this.page.getByRole('main'), this.page, 'APROBADO');
  }

  get cerrarButton(): Locator {
    return this.page.getByRole('button', { name: 'Cerrar solicitud', exact: true });
  }

  get cerrarHeading(): Locator {
    return this.page.getByRole('heading', { level: 4, name: 'Cerrar solicitud', exact: true });
  }

  get cerrarSection(): Locator {
    return innermostDiv(this.page, this.cerrarHeading, this.confirmCierreButton);
  }

  get confirmCierreButton(): Locator {
    return this.page.getByRole('button', { name: 'Confirmar cierre', exact: true });
  }

  /** The box listing what is missing before the solicitud can be closed. */
  get closeBlocked(): Locator {
    return innermostDiv(this.page, this.page.getByText('No se puede cerrar aun. Falta:'));
  }

  async setEstadoCertificado(estado: EstadoCertificado): Promise<void> {
    await test.step(`set estado certificado ${estado}`, async () => {
      await this.estadoCertificado.selectOption(estado);
    });
  }

  async close(comentario?: string): Promise<void> {
    await test.step('close the solicitud', async () => {
      await this.cerrarButton.click();
      // The comment input's label is not associated; it is the section's only text box.
      if (comentario) await this.cerrarSection.getByRole('textbox').fill(comentario);
      await this.confirmCierreButton.click();
    });
  }
}
