import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './scope.ts';

export type StaffRole = 'gestor' | 'medico';

/**
 * The gestor or medico assignment: a block button (`Asignar …` before the first assignment, `Cambiar …` after) that
 * opens an inline section, not a dialog. The real app always opens the section titled `Cambiar …` and POSTs
 * cambiar-*, even for a first assignment (contract §6.8, §9.9); the heading pattern accepts either title so the
 * page object does not depend on that quirk.
 */
export class AssignmentSection {
  constructor(
    private readonly page: Page,
    private readonly role: StaffRole,
  ) {}

  /** The block button, whichever its current text. */
  get openButton(): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^(Asignar|Cambiar) ${this.role}$`) });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 4, name: new RegExp(`^(Asignar|Cambiar) ${this.role}$`) });
  }

  get root(): Locator {
    return innermostDiv(this.page, this.heading, this.select);
  }

  /** Its label (`Gestor *`) is not associated; the first option names it (harness hints). */
  get select(): Locator {
    return selectWithOption(this.page, this.page, `-- Seleccionar ${this.role} --`);
  }

  get confirmButton(): Locator {
    return this.root.getByRole('button', { name: 'Confirmar', exact: true });
  }

  /** Opens the section, picks `personName` (options load when it opens) and confirms. */
  async assign(personName: string): Promise<void> {
    await test.step(`assign ${this.role} ${personName}`, async () => {
      await this.openButton.click();
      // selectOption waits until the option exists, i.e. until GET /empleados has answered.
      await this.select.selectOption({ label: personName });
      await this.confirmButton.click();
    });
  }
}
