// Checklist 6: /app/reportes-admin as the admin shows the KPI cards and three bar charts with the run's own data in
// range, and the report's figures account for what the run created; a non-admin is refused by page and API.
import { createHash } from 'node:crypto';
import { expect, test } from '../fixtures/index.ts';
import { CHART_TITLES, KPI_LABELS, ReportesPage, type KpiLabel } from '../pages/ReportesPage.ts';
import type { RunIdentity } from '../fixtures/index.ts';
import { createSolicitud, refusalStatus, todayUtc } from './support/data.ts';

/**
 * A day of 2001, derived from the run id, for a pago date. Other tests add and delete solicitudes and pagos of today
 * concurrently, so today's totals cannot be compared before/after; no one else has a pago dated on this day (CMEP did
 * not exist then), so its `ingresos` moves by exactly what this test registers.
 */
function quietDay(run: RunIdentity): string {
  const offset = createHash('sha256').update(run.id).digest().readUInt16BE(0) % 365;
  return new Date(Date.UTC(2001, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** A KPI card's figure: digits and the decimal point of its text (es-PE: `S/ 1,234.56`). */
async function kpiValue(reportes: ReportesPage, label: KpiLabel): Promise<number> {
  const text = await reportes.kpiCard(label).innerText();
  return Number(text.replace(label, '').replace(/[^\d.]/g, ''));
}

test.describe('6. Admin reports (the charts load)', { annotation: { type: 'checklist', description: 'reports' } }, () => {
  test('the admin sees KPI cards and three bar charts; the figures account for the run’s solicitud and pagos', async ({
    page,
    apiAs,
    run,
    created,
  }) => {
    const admin = await apiAs('admin');
    const today = todayUtc();
    const day = quietDay(run);
    const monto = 123.45;

    const before = await admin.reportes.get({ desde: day, hasta: day });
    const { solicitud_id: id, codigo } = await createSolicitud(created, admin, run, 'R');
    await test.step(`register pagos PEN 200 today and PEN ${monto} dated ${day}`, async () => {
      await admin.solicitudes.registrarPago(id, { canal_pago: 'YAPE', fecha_pago: today, monto: 200, moneda: 'PEN', comentario: run.tag });
      await admin.solicitudes.registrarPago(id, { canal_pago: 'YAPE', fecha_pago: day, monto, moneda: 'PEN', comentario: run.tag });
    });

    await test.step('the API accounts for them', async () => {
      const after = await admin.reportes.get({ desde: day, hasta: day });
      expect(after.kpis.ingresos - before.kpis.ingresos, `ingresos of ${day}`).toBeCloseTo(monto, 2);
      const now = await admin.reportes.get({ desde: today, hasta: today });
      expect(now.kpis.solicitudes, 'today’s solicitudes include the run’s').toBeGreaterThanOrEqual(1);
      expect(now.kpis.ingresos, 'today’s ingresos include the run’s PEN 200').toBeGreaterThanOrEqual(200);
      expect(now.distribucion.find((d) => d.estado === 'PAGADO')?.cantidad ?? 0, 'PAGADO in the distribution').toBeGreaterThanOrEqual(1);
      test.info().annotations.push({
        type: 'evidence',
        description: `${codigo}: ingresos ${day} ${before.kpis.ingresos} → ${after.kpis.ingresos}; today: ${now.kpis.solicitudes} solicitudes, ingresos ${now.kpis.ingresos}`,
      });
    });

    const reportes = new ReportesPage(page);
    await page.goto(ReportesPage.path);
    await expect(reportes.heading).toBeVisible();

    await test.step('today, every estado: KPI cards and three SVG charts with bars', async () => {
      await reportes.filter({ desde: today, hasta: today }, 'Todos');
      for (const label of KPI_LABELS) await expect(reportes.kpiCard(label)).toBeVisible();
      await expect.poll(() => kpiValue(reportes, 'Solicitudes'), { message: 'KPI Solicitudes' }).toBeGreaterThanOrEqual(1);
      for (const title of CHART_TITLES) {
        await expect(reportes.chartSurface(title), `${title}: an SVG chart`).toBeVisible();
        await expect.poll(() => reportes.chartBars(title).count(), { message: `${title}: bars drawn` }).toBeGreaterThanOrEqual(1);
      }
    });

    await test.step(`${day}: the Ingresos card shows the API's figure`, async () => {
      const expected = (await admin.reportes.get({ desde: day, hasta: day })).kpis.ingresos;
      await reportes.filter({ desde: day, hasta: day }, 'Todos');
      await expect.poll(() => kpiValue(reportes, 'Ingresos'), { message: 'KPI Ingresos' }).toBeCloseTo(expected, 2);
    });
  });

  // Writes nothing itself, but not @readonly: it needs the reusable operador, whose run password the setup project
  // sets, and a read-only run against prod sets none.
  test('a non-admin sees “No autorizado” and the API answers 403', async ({ pageAs, apiAs }) => {
    const page = await pageAs('operador');
    const reportes = new ReportesPage(page);
    await page.goto(ReportesPage.path);
    await expect(reportes.notAuthorized).toBeVisible();
    await expect(reportes.heading).toHaveCount(0);
    const operador = await apiAs('operador');
    expect(await refusalStatus(operador.reportes.get({ desde: todayUtc(), hasta: todayUtc() }))).toBe(403);
  });
});
