// Checklist "Verify CORS and cookies": the cookie half (attributes as Chromium stores them, logout). The UI login
// itself is the gate in admin-login.spec.ts; every other spec gets its session from the setup project's API login.
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

test.describe('Cookies and logout', { tag: '@readonly', annotation: { type: 'checklist', description: 'cookies-cors' } }, () => {
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
