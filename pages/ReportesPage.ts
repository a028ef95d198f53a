import { test, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './components/scope.ts';

export const KPI_LABELS = ['Solicitudes', 'Cerradas', 'Ingresos', 'Ticket promedio'] as const;
export type KpiLabel = (typeof KPI_LABELS)[number];

export const CHART_TITLES = ['Solicitudes en el tiempo', 'Ingresos en el tiempo', 'Distribucion por estado'] as const;
export type ChartTitle = (typeof CHART_TITLES)[number];

/** `/app/reportes-admin` (contract §6.10). Filter labels are not associated with their controls. */
export class ReportesPage {
  static readonly path = '/app/reportes-admin';

  constructor(readonly page: Page) {}

  private get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 2, name: 'Reportes', exact: true });
  }

  /** What a non-admin sees instead of the reports. */
  get notAuthorized(): Locator {
    return this.main.getByRole('heading', { level: 2, name: 'No autorizado', exact: true });
  }

  get desde(): Locator {
    // The two date inputs have no labels; `Desde` comes before `Hasta` in the filter row.
    return this.main.locator('input[type=date]').first();
  }

  get hasta(): Locator {
    // See `desde`: the second date input is `Hasta`.
    return this.main.locator('input[type=date]').last();
  }

  /** `Todos` is an option only the Estado filter has. */
  get estado(): Locator {
    return selectWithOption(this.main, this.page, 'Todos');
  }

  get agrupacion(): Locator {
    return selectWithOption(this.main, this.page, 'Semanal');
  }

  get loading(): Locator {
    return this.main.getByText('Cargando reportes...');
  }

  /**
   * A KPI card: the smallest box holding its label and a figure. The ranking tables also have a `Solicitudes`
   * column, so boxes holding a table are excluded.
   */
  kpiCard(label: KpiLabel): Locator {
    return this.main
      .locator('div')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .filter({ hasText: /\d/ })
      .filter({ hasNot: this.page.getByRole('table') })
      // Ancestors match too and come first in document order; the card is the innermost one.
      .last();
  }

  /** A chart card: its `h3` title plus either the chart or `Sin datos`. */
  chartCard(title: ChartTitle): Locator {
    return innermostDiv(
      this.main,
      this.page.getByRole('heading', { level: 3, name: title, exact: true }),
      this.page.getByRole('application').or(this.page.getByText('Sin datos', { exact: true })),
    );
  }

  /** recharts renders its `<svg>` with role="application" (its accessibility layer). */
  chartSurface(title: ChartTitle): Locator {
    return this.chartCard(title).getByRole('application');
  }

  /**
   * The bars drawn in a chart. recharts' own structural class (the charting library's, the same in every app that
   * uses it), not one of the app's styling classes; a zero-height bar draws no path, so only visible bars count.
   */
  chartBars(title: ChartTitle): Locator {
    return this.chartSurface(title).locator('.recharts-bar-rectangle path');
  }

  rankingSection(title: 'Ranking Promotores' | 'Ranking Equipo'): Locator {
    return innermostDiv(
      this.main,
      this.page.getByRole('heading', { level: 3, name: title, exact: true }),
      this.page.getByRole('table').or(this.page.getByText(/^Sin datos (de promotores en este rango|para este rol en el rango)\.$/)),
    );
  }

  /** The Ranking Equipo tabs; their DOM text is lower-case, capitalised by CSS only, so match either. */
  rankingTab(tab: 'gestores' | 'medicos' | 'operadores'): Locator {
    return this.main.getByRole('button', { name: new RegExp(`^${tab}$`, 'i') });
  }

  /** Sets the date range and the state filter; each change refetches the report. */
  async filter(range: { desde: string; hasta: string }, estadoLabel: string): Promise<void> {
    await test.step(`filter ${range.desde}..${range.hasta}, estado ${estadoLabel}`, async () => {
      await this.desde.fill(range.desde);
      await this.hasta.fill(range.hasta);
      await this.estado.selectOption({ label: estadoLabel });
    });
  }
}
