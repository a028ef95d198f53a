import { test, type Locator, type Page } from '@playwright/test';
import { typeSecret } from './secret-input.ts';

/** `/login` (contract §6.3): the one form whose labels are associated, so getByLabel works. */
export class LoginPage {
  static readonly path = '/login';

  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'CMEP', exact: true });
  }

  get email(): Locator {
    return this.page.getByLabel('Email', { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel('Contrasena', { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: 'Ingresar', exact: true });
  }

  /** The error box shown for a wrong e-mail or password (any non-403 failure). */
  get invalidCredentials(): Locator {
    return this.page.getByText('Credenciales invalidas.', { exact: true });
  }

  get suspendedUser(): Locator {
    return this.page.getByText('Usuario suspendido. Contacte al administrador.', { exact: true });
  }

  /** Fills the form and submits it; the step title names the e-mail, never the password. */
  async login(email: string, password: string): Promise<void> {
    await test.step(`Log in as ${email}`, async () => {
      await this.email.fill(email);
      await typeSecret(this.password, password);
      await this.submit.click();
    });
  }
}
