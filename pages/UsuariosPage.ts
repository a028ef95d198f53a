import { test, type Locator, type Page } from '@playwright/test';
import { typeSecret } from './secret-input.ts';

export type UserRole = 'ADMIN' | 'OPERADOR' | 'GESTOR' | 'MEDICO';

export interface NewUserForm {
  email: string;
  password: string;
  nombres: string;
  apellidos: string;
  tipoDocumento: 'DNI' | 'CE' | 'PASAPORTE';
  numeroDocumento: string;
  celular?: string;
  roles: UserRole[];
}

/** `/app/usuarios` (contract §6.9): the users table, the create modal, suspend/reactivate with confirm(). */
export class UsuariosPage {
  static readonly path = '/app/usuarios';

  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Usuarios', exact: true, level: 2 });
  }

  get newUserButton(): Locator {
    return this.page.getByRole('button', { name: '+ Nuevo Usuario', exact: true });
  }

  /** Page-level message boxes (success and error share the spot above the table). */
  message(text: string | RegExp): Locator {
    return this.page.getByRole('main').getByText(text);
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** The row whose Email cell is exactly this login e-mail. */
  row(email: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: email.toLowerCase(), exact: true }) });
  }

  /** A role badge (the enum text) in the user's row. */
  roleBadge(email: string, role: UserRole): Locator {
    return this.row(email).getByText(role, { exact: true });
  }

  /** The Estado badge: `ACTIVO` or `SUSPENDIDO`. */
  statusBadge(email: string, status: 'ACTIVO' | 'SUSPENDIDO'): Locator {
    return this.row(email).getByText(status, { exact: true });
  }

  suspendButton(email: string): Locator {
    return this.row(email).getByRole('button', { name: 'Suspender', exact: true });
  }

  reactivateButton(email: string): Locator {
    return this.row(email).getByRole('button', { name: 'Reactivar', exact: true });
  }

  // ── the create modal: a plain overlay div with no role=dialog; its labels are siblings of the inputs ──

  /** The innermost element holding both the modal's heading and its `Crear` button. */
  get createModal(): Locator {
    return this.page
      .locator('div')
      .filter({ has: this.page.getByRole('heading', { name: 'Nuevo Usuario', exact: true }) })
      .filter({ has: this.page.getByRole('button', { name: 'Crear', exact: true }) })
      .last();
  }

  /**
   * The control right after the label with this exact text. The one place that knows how the modal's
   * unassociated labels relate to their inputs (contract §6.1: the label is a sibling, not a wrapper).
   */
  private modalField(label: string): Locator {
    return this.createModal.locator(
      `xpath=.//label[normalize-space(.)="${label}"]/following-sibling::*[self::input or self::select or self::textarea][1]`,
    );
  }

  get emailInput(): Locator {
    return this.modalField('Email *');
  }

  get passwordInput(): Locator {
    return this.modalField('Password *');
  }

  get nombresInput(): Locator {
    return this.modalField('Nombres *');
  }

  get apellidosInput(): Locator {
    return this.modalField('Apellidos *');
  }

  get tipoDocumentoSelect(): Locator {
    return this.modalField('Tipo Doc *');
  }

  get numeroDocumentoInput(): Locator {
    return this.modalField('Numero Doc *');
  }

  get celularInput(): Locator {
    return this.modalField('Celular 1');
  }

  /** Role checkboxes sit inside their label, so role + name works. */
  roleCheckbox(role: UserRole): Locator {
    return this.createModal.getByRole('checkbox', { name: role, exact: true });
  }

  get createButton(): Locator {
    return this.createModal.getByRole('button', { name: 'Crear', exact: true });
  }

  async createUser(user: NewUserForm): Promise<void> {
    await test.step(`Create user ${user.email} (${user.roles.join(', ')}) through the form`, async () => {
      await this.newUserButton.click();
      await this.emailInput.fill(user.email);
      await typeSecret(this.passwordInput, user.password);
      await this.nombresInput.fill(user.nombres);
      await this.apellidosInput.fill(user.apellidos);
      await this.tipoDocumentoSelect.selectOption(user.tipoDocumento);
      await this.numeroDocumentoInput.fill(user.numeroDocumento);
      if (user.celular) await this.celularInput.fill(user.celular);
      for (const role of user.roles) await this.roleCheckbox(role).check();
      await this.createButton.click();
    });
  }

  /** Suspends through the row's button; the page asks with confirm(), which the pageAs fixture accepts. */
  async suspend(email: string): Promise<void> {
    await test.step(`Suspend ${email}`, async () => {
      await this.suspendButton(email).click();
    });
  }
}
