// Checklist: "Verify CORS and cookies" and "1. Log in as the admin". The UI login is tested here and only here;
// every other spec gets its session from the setup project's API login.
import type { BrowserContext, Page } from '@playwright/test';
import { CmepApi, SESSION_COOKIE } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import type { CmepConfig } from '../config/index.ts';
import type mysql from 'mysql2/promise';

const DAY_S = 86_400;
/** Slack for "about 24 h": clock skew between this machine and the server, and the time the test takes. */
const LIFETIME_TOLERANCE_S = 600;
const FOREIGN_ORIGIN = 'https://smoke-foreign-origin.example';

// Nobody is logged in: these tests start from the login page.
test.use({ storageState: { cookies: [], origins: [] } });

async function uiLogin(page: Page, config: CmepConfig): Promise<void> {
  await page.goto(LoginPage.path);
  await new LoginPage(page).login(config.admin.email, config.admin.password);
  await expect(page).toHaveURL(/\/app$/);
}

async function sessionCookie(context: BrowserContext, config: CmepConfig) {
  return (await context.cookies(config.apiUrl)).find((c) => c.name === SESSION_COOKIE);
}

async function sessionRows(db: mysql.Pool, sessionId: string): Promise<number> {
  const [rows] = await db.query<mysql.RowDataPacket[]>('SELECT COUNT(*) AS n FROM sessions WHERE session_id = ?', [sessionId]);
  return Number(rows[0]!.n);
}

test.describe('Admin login', { tag: '@readonly', annotation: { type: 'checklist', description: 'admin-login' } }, () => {
  test('the admin logs in through the page, lands on /app and the header names them', async ({ page, config, apiAs }, testInfo) => {
    const me = await (await apiAs('admin')).auth.me();
    await uiLogin(page, config);
    const shell = new AppShell(page);
    await expect(shell.userBadge).toHaveText(`${me.display_name} — ${me.roles.join(', ')}`);
    await expect(shell.navLink('Usuarios')).toBeVisible();
    testInfo.annotations.push({ type: 'evidence', description: `header badge: ${await shell.userBadge.textContent()}` });
  });
});

test.describe('CORS and cookies', { tag: '@readonly', annotation: { type: 'checklist', description: 'cookies-cors' } }, () => {
  test('the session cookie has the production attributes and /auth/me names the admin', async ({ page, context, config, db }, testInfo) => {
    await uiLogin(page, config);
    const cookie = await sessionCookie(context, config);
    expect(cookie, `${SESSION_COOKIE} stored by Chromium after login`).toBeDefined();
    const lifetime = cookie!.expires - Date.now() / 1000;
    testInfo.annotations.push({
      type: 'evidence',
      description:
        `cookie ${SESSION_COOKIE}: Secure=${cookie!.secure} SameSite=${cookie!.sameSite} Domain=${cookie!.domain} ` +
        `HttpOnly=${cookie!.httpOnly} Path=${cookie!.path} lifetime=${(lifetime / 3600).toFixed(1)} h`,
    });
    expect.soft(cookie!.secure, 'Secure').toBe(true);
    expect.soft(cookie!.sameSite, 'SameSite').toBe('None');
    expect.soft(cookie!.domain, 'Domain').toBe(config.cookieDomain);
    expect.soft(cookie!.httpOnly, 'HttpOnly').toBe(true);
    expect.soft(cookie!.path, 'Path').toBe('/');
    expect.soft(Math.abs(lifetime - DAY_S), 'seconds away from a 24 h lifetime').toBeLessThan(LIFETIME_TOLERANCE_S);

    const me = await CmepApi.withSession(config, cookie!.value).auth.me();
    expect(me.user_email).toBe(config.admin.email.toLowerCase());
    expect(me.roles).toContain('ADMIN');
    if (db) expect(await sessionRows(db, cookie!.value), 'session row created at login').toBe(1);
  });

  test('CORS preflight: the SPA origin is allowed with credentials, a foreign origin is refused', async ({ config }, testInfo) => {
    const api = new CmepApi(config);
    const preflight = (origin: string) =>
      api.raw('OPTIONS', '/auth/login', {
        withCookies: false,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const spaOrigin = new URL(config.appUrl).origin;

    const allowed = await preflight(spaOrigin);
    testInfo.annotations.push({
      type: 'evidence',
      description: `CORS from ${spaOrigin}: ${allowed.status}, allow-origin=${allowed.header('access-control-allow-origin')}, allow-credentials=${allowed.header('access-control-allow-credentials')}`,
    });
    expect(allowed.status, 'preflight status from the SPA origin').toBeLessThan(300);
    expect(allowed.header('access-control-allow-origin')).toBe(spaOrigin);
    expect(allowed.header('access-control-allow-credentials')).toBe('true');

    const refused = await preflight(FOREIGN_ORIGIN);
    testInfo.annotations.push({
      type: 'evidence',
      description: `CORS from ${FOREIGN_ORIGIN}: ${refused.status}, allow-origin=${refused.header('access-control-allow-origin') ?? '(none)'}`,
    });
    expect(refused.header('access-control-allow-origin'), 'a foreign origin must not be allowed').not.toBe(FOREIGN_ORIGIN);
    expect(refused.header('access-control-allow-origin'), 'no wildcard with credentials').not.toBe('*');
  });

  test('a wrong password shows the error and sets no cookie', async ({ page, context, config, run }) => {
    await page.goto(LoginPage.path);
    const login = new LoginPage(page);
    await login.login(config.admin.email, run.password('deliberately-wrong'));
    await expect(login.invalidCredentials).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    expect(await sessionCookie(context, config)).toBeUndefined();
  });

  test('logout ends the session on the server', async ({ page, context, config, db }) => {
    await uiLogin(page, config);
    const sessionId = (await sessionCookie(context, config))!.value;
    await new AppShell(page).logout();
    await expect(page).toHaveURL(/\/login$/);
    const me = await CmepApi.withSession(config, sessionId).raw('GET', '/auth/me');
    expect(me.status, '/auth/me with the logged-out session').toBe(401);
    if (db) expect(await sessionRows(db, sessionId), 'session row after logout').toBe(0);
  });

  test('logout removes the session cookie from the browser', async ({ page, context, config }) => {
    await uiLogin(page, config);
    await new AppShell(page).logout();
    await expect(page).toHaveURL(/\/login$/);
    // Prod's logout once sent a deletion cookie without Domain, which leaves the .domain cookie in place.
    await expect.poll(() => sessionCookie(context, config), { message: `${SESSION_COOKIE} still stored after logout` }).toBeUndefined();
  });
});
