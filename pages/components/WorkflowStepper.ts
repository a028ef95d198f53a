import type { Locator, Page } from '@playwright/test';
import { innermostDiv } from './scope.ts';
import type { EstadoOperativo } from './StateBadge.ts';

export const STEP_LABELS = ['Registrado', 'Gestor asignado', 'Pagado', 'Medico asignado', 'Cerrado'] as const;

/**
 * How many steps show the `✓` mark in each state: every step before the current one. In CERRADO the real app keeps
 * step 5 "current" (it shows `5`, contract §6.8) while its docs expect it marked done too (§8): callers accept both
 * for the last step. In CANCELADO every step is grey, with no mark.
 */
export const COMPLETED_STEPS: Record<EstadoOperativo, number> = {
  REGISTRADO: 0,
  ASIGNADO_GESTOR: 1,
  PAGADO: 2,
  ASIGNADO_MEDICO: 3,
  CERRADO: 4,
  CANCELADO: 0,
};

/** The five-step workflow stepper: plain divs with a circle (`✓` or the step number) and a label per step. */
export class WorkflowStepper {
  constructor(private readonly page: Page) {}

  /** The smallest box holding the first and the last step labels. */
  get root(): Locator {
    return innermostDiv(
      this.page.getByRole('main'),
      this.page.getByText(STEP_LABELS[0], { exact: true }),
      this.page.getByText(STEP_LABELS[4], { exact: true }),
    );
  }

  step(label: (typeof STEP_LABELS)[number]): Locator {
    return this.root.getByText(label, { exact: true });
  }

  /** The `✓` marks of completed steps. */
  get completedMarks(): Locator {
    return this.root.getByText('✓', { exact: true });
  }

  /** The circle that still shows step `n` (1-based), i.e. a step not completed. */
  stepNumber(n: 1 | 2 | 3 | 4 | 5): Locator {
    return this.root.getByText(String(n), { exact: true });
  }
}
