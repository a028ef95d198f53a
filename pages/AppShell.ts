import { test, type Locator, type Page } from '@playwright/test';

export type NavItem = 'Inicio' | 'Solicitudes' | 'Promotores' | 'Usuarios' | 'Reportes';
export const ADMIN_ONLY_NAV: readonly NavItem[] = ['Usuarios', 'Reportes'];
export const NAV_FOR_EVERYONE: readonly NavItem[] = ['Inicio', 'Solicitudes', 'Promotores'];

/** The header every /app page shares (contract §6.4): title, nav by role, user badge, `Salir`. */
export class AppShell {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get nav(): Locator {
    return this.header.getByRole('navigation');
  }

  navLink(name: NavItem): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  get navLinks(): Locator {
    return this.nav.getByRole('link');
  }

  /** `{display_name} — {roles joined by ", "}`: the only header text with an em dash between name and roles. */
  get userBadge(): Locator {
    return this.header.getByText(/^.+ — (ADMIN|OPERADOR|GESTOR|MEDICO)(, (ADMIN|OPERADOR|GESTOR|MEDICO))*$/);
  }

  get logoutButton(): Locator {
    return this.header.getByRole('button', { name: 'Salir', exact: true });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async goTo(item: NavItem): Promise<void> {
    await test.step(`Open ${item} from the nav`, async () => {
      await this.navLink(item).click();
    });
  }

  async logout(): Promise<void> {
    await test.step('Log out (Salir)', async () => {
      await this.logoutButton.click();
    });
  }
}
