// Checklist "1. Log in as the admin" and the CORS half of "Verify CORS and cookies": the gate of the run.
// If the admin cannot hold a session in Chromium, or the API refuses the SPA's origin, no page of the app can work,
// so this project runs before the setup project and a failure here stops the run with this one clear line instead
// of thirty red pages. The deployment brief's advice for a failed login is in the failure message.
import { parseSetCookie } from '../api/cookies.ts';
import { CmepApi, SESSION_COOKIE } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';

const FOREIGN_ORIGIN = 'https://smoke-foreign-origin.example';

// Nobody is logged in: the test starts from the login page.
test.use({ storageState: { cookies: [], origins: [] } });

/** The attributes of the session cookie the API sent, for the failure message: never its value. */
function describeSetCookie(header: string | null): string {
  if (!header) return 'no Set-Cookie answer seen from POST /auth/login';
  const sent = header
    .split('\n')
    .map((h) => parseSetCookie(h))
    .find((c) => c.name === SESSION_COOKIE);
  if (!sent) return `POST /auth/login set no ${SESSION_COOKIE} cookie`;
  return `the API sent ${SESSION_COOKIE} with Secure=${sent.secure} SameSite=${sent.sameSite ?? '(none)'} Domain=${sent.domain ?? '(host-only)'} HttpOnly=${sent.httpOnly}`;
}

test.describe('Admin login', { tag: '@readonly', annotation: { type: 'checklist', description: 'admin-login' } }, () => {
  test('the admin logs in through the page, lands on /app, the header names them, and the session survives a reload', async ({
    page,
    config,
    apiAs,
  }, testInfo) => {
    const me = await (await apiAs('admin')).auth.me();
    const loginAnswer = page
      .waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/auth/login')
      .then((r) => r.headerValue('set-cookie'))
      .catch(() => null);
    await page.goto(LoginPage.path);
    await new LoginPage(page).login(config.admin.email, config.admin.password);
    const shell = new AppShell(page);
    await expect(shell.userBadge).toHaveText(`${me.display_name} — ${me.roles.join(', ')}`);
    testInfo.annotations.push({ type: 'evidence', description: `header badge: ${await shell.userBadge.textContent()}` });

    // The SPA trusts its login answer until the next load; only a reload proves the browser kept the session.
    await page.reload();
    const diagnosis = describeSetCookie(await loginAnswer);
    await expect(
      shell.userBadge,
      `the session did not survive a reload (${diagnosis}); suspects: COOKIE_DOMAIN, cookie Secure/SameSite, CORS_ORIGINS`,
    ).toBeVisible();
    await expect(page).toHaveURL(/\/app$/);
    await expect(shell.navLink('Usuarios')).toBeVisible();
  });
});

test.describe('CORS', { tag: '@readonly', annotation: { type: 'checklist', description: 'cookies-cors' } }, () => {
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
    expect(allowed.header('access-control-allow-origin'), 'allow-origin for the SPA origin').toBe(spaOrigin);
    expect(allowed.header('access-control-allow-credentials'), 'allow-credentials for the SPA origin').toBe('true');

    const refused = await preflight(FOREIGN_ORIGIN);
    testInfo.annotations.push({
      type: 'evidence',
      description: `CORS from ${FOREIGN_ORIGIN}: ${refused.status}, allow-origin=${refused.header('access-control-allow-origin') ?? '(none)'}`,
    });
    expect(refused.header('access-control-allow-origin'), 'a foreign origin must not be allowed').not.toBe(FOREIGN_ORIGIN);
    expect(refused.header('access-control-allow-origin'), 'no wildcard with credentials').not.toBe('*');
  });
});
