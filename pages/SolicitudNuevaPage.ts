import { test, type Locator, type Page } from '@playwright/test';

export interface ClienteInput {
  tipoDocumento: 'DNI' | 'CE' | 'PASAPORTE' | 'RUC';
  numeroDocumento: string;
  nombres: string;
  apellidos: string;
}

/** `/app/solicitudes/nueva` (contract §6.7). */
export class SolicitudNuevaPage {
  static readonly path = '/app/solicitudes/nueva';

  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Registrar Solicitud', exact: true });
  }

  /** The `<fieldset><legend>` gives the client's fields a named group; the inputs inside have no labels. */
  get clienteGroup(): Locator {
    return this.page.getByRole('group', { name: 'Datos del Cliente *', exact: true });
  }

  get tipoDocumento(): Locator {
    // The group's only select.
    return this.clienteGroup.getByRole('combobox');
  }

  /** Text boxes of the client group in DOM order: 0 Numero documento, 1 Nombres, 2 Apellidos (contract §6.7). */
  private clienteTextbox(index: 0 | 1 | 2): Locator {
    // Unlabelled inputs: position inside the group is the only anchor (the select is not a textbox).
    return this.clienteGroup.getByRole('textbox').nth(index);
  }

  get numeroDocumento(): Locator {
    return this.clienteTextbox(0);
  }

  get nombres(): Locator {
    return this.clienteTextbox(1);
  }

  get apellidos(): Locator {
    return this.clienteTextbox(2);
  }

  get servicio(): Locator {
    return this.page.getByRole('group', { name: 'Servicio *', exact: true }).getByRole('combobox');
  }

  /** The page's only textarea. */
  get comentario(): Locator {
    return this.page.getByRole('main').locator('textarea');
  }

  /** The `h2` carries the same text; the button role tells them apart. */
  get submitButton(): Locator {
    return this.page.getByRole('button', { name: 'Registrar Solicitud', exact: true });
  }

  async register(cliente: ClienteInput, comentario: string): Promise<void> {
    await test.step(`register a solicitud for ${cliente.tipoDocumento} ${cliente.numeroDocumento}`, async () => {
      await this.tipoDocumento.selectOption(cliente.tipoDocumento);
      await this.numeroDocumento.fill(cliente.numeroDocumento);
      await this.nombres.fill(cliente.nombres);
      await this.apellidos.fill(cliente.apellidos);
      await this.comentario.fill(comentario);
      await this.submitButton.click();
    });
  }
}
