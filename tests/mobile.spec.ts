// Checklist 9: the app on a phone (runs in the mobile-android and mobile-iphone projects): login, the app shell,
// a solicitud's detail and the reports fit the screen width, the nav and `Salir` are on screen and answer a tap, the
// state badge is visible. Screenshots of each page are attached to the report.
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, READONLY_TAG } from '../fixtures/index.ts';
import { AppShell, NAV_FOR_EVERYONE, ADMIN_ONLY_NAV } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ReportesPage } from '../pages/ReportesPage.ts';
import { SolicitudDetallePage } from '../pages/SolicitudDetallePage.ts';
import { estadoLabel } from '../pages/components/StateBadge.ts';
import { createSolicitud } from './support/data.ts';

/** How far the document is wider than the screen, in CSS pixels (0 = no horizontal overflow). */
async function horizontalOverflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width;
  if (!width) throw new Error('the mobile projects set a viewport');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth - width;
}

async function expectNoOverflow(page: Page, where: string): Promise<void> {
  await expect.poll(() => horizontalOverflow(page), { message: `${where}: document wider than the screen (px)` }).toBeLessThanOrEqual(0);
  test.info().annotations.push({
    type: 'evidence',
    description: `${test.info().project.name} ${where}: no horizontal overflow at ${page.viewportSize()?.width} px`,
  });
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(`${name} (${testInfo.project.name})`, { body: await page.screenshot(), contentType: 'image/png' });
}

test.describe('9. Responsive test (mobile)', { annotation: { type: 'checklist', description: 'mobile' } }, () => {
  test.describe('signed out', () => {
    // This test signs in and out through the page itself, with its own session: `Salir` must not end the shared one.
    test.use({ storageState: { cookies: [], origins: [] } });

    test('login page and app shell fit the screen; nav links and Salir are on screen and tappable', async ({
      page,
      config,
    }, testInfo) => {
      const login = new LoginPage(page);
      await page.goto(LoginPage.path);
      await expect(login.submit).toBeInViewport();
      await expectNoOverflow(page, 'login');
      await attachScreenshot(page, testInfo, 'login');

      await login.login(config.admin.email, config.admin.password);
      const shell = new AppShell(page);
      await expect(page).toHaveURL(/\/app$/);
      await expect(shell.logoutButton).toBeVisible();
      await expectNoOverflow(page, 'app shell');
      for (const item of [...NAV_FOR_EVERYONE, ...ADMIN_ONLY_NAV]) {
        await expect(shell.navLink(item), `nav link ${item} fully on screen`).toBeInViewport({ ratio: 1 });
      }
      await expect(shell.logoutButton, 'Salir fully on screen').toBeInViewport({ ratio: 1 });
      await attachScreenshot(page, testInfo, 'app shell');

      await test.step('tap Solicitudes, then Salir', async () => {
        await shell.navLink('Solicitudes').tap();
        await expect(page).toHaveURL(/\/app\/solicitudes$/);
        await shell.logoutButton.tap();
        await expect(page).toHaveURL(/\/login$/);
      });
      testInfo.annotations.push({ type: 'evidence', description: `${testInfo.project.name}: nav links and Salir fully on screen and tapped` });
    });
  });

  test('a solicitud’s detail fits the screen and shows its state badge', async ({ page, apiAs, run, created }, testInfo) => {
    const admin = await apiAs('admin');
    // Both mobile projects run this test at once: each needs a cliente (document number) of its own.
    const { solicitud_id: id } = await createSolicitud(created, admin, run, `M-${testInfo.project.name.replace('mobile-', '')}`);
    await page.goto(SolicitudDetallePage.path(id));
    const detalle = new SolicitudDetallePage(page);
    await expect(detalle.badge.root).toHaveText(estadoLabel('REGISTRADO'));
    await expect(detalle.badge.root).toBeInViewport({ ratio: 1 });
    await expect(detalle.stepper.step('Registrado')).toBeVisible();
    await expectNoOverflow(page, 'solicitud detail');
    await attachScreenshot(page, testInfo, 'solicitud detail');
  });

  test('the reports fit the screen', { tag: READONLY_TAG }, async ({ page }, testInfo) => {
    const reportes = new ReportesPage(page);
    await page.goto(ReportesPage.path);
    await expect(reportes.heading).toBeVisible();
    await reportes.estado.selectOption({ label: 'Todos' });
    await expect(reportes.kpiCard('Solicitudes')).toBeVisible();
    await expectNoOverflow(page, 'reports');
    await attachScreenshot(page, testInfo, 'reports');
  });
});
