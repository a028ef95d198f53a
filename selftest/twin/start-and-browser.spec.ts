// startTwin's refusal of a taken port, and the cookie as real Chromium stores it (cross-origin fetch from the SPA host).
import net from 'node:net';
import { chromium, expect, test } from '@playwright/test';
import { twinSettings } from '../../config/twin.ts';
import { startTwin } from '../../twin/server/main.ts';
import { clearFaults, setFaults, settings } from './twin-client.ts';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

test('a taken port rejects with one clear error naming the port and its env var', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const taken = (blocker.address() as net.AddressInfo).port;
  try {
    const s = twinSettings({ ...process.env, TWIN_API_PORT: String(taken), TWIN_WEB_PORT: String(await freePort()), TWIN_CONTROL_PORT: String(await freePort()) });
    await expect(startTwin(s, { log: () => {} })).rejects.toThrow(`port ${taken} (TWIN_API_PORT)`);
  } finally {
    blocker.close();
  }
});

test.describe('in Chromium', () => {
  test.afterEach(clearFaults);

  async function loginFromSpa() {
    const browser = await chromium.launch({
      args: [`--host-resolver-rules=MAP ${settings.domain} 127.0.0.1, MAP api.${settings.domain} 127.0.0.1`],
    });
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${settings.appUrl}/twin-faults.json`);
    const status = await page.evaluate(async ([apiUrl, email, password]) => {
      const res = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
      });
      const me = await fetch(`${apiUrl}/auth/me`, { credentials: 'include', headers: { 'Content-Type': 'application/json' } });
      return [res.status, me.status];
    }, [settings.apiUrl, settings.admin.email, settings.admin.password]);
    const cookies = await context.cookies();
    await browser.close();
    return { status, cookie: cookies.find((c) => c.name === 'cmep_session') };
  }

  test('the login cookie is stored for the parent domain with prod attributes and sent back', async () => {
    const { status, cookie } = await loginFromSpa();
    expect(status).toEqual([200, 200]);
    expect(cookie).toMatchObject({ domain: settings.cookieDomain, path: '/', secure: true, httpOnly: true, sameSite: 'None' });
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(86000);
  });

  test('cookie-insecure: Chromium drops the SameSite=None cookie, so /auth/me is 401', async () => {
    await setFaults('cookie-insecure');
    const { status, cookie } = await loginFromSpa();
    expect(status).toEqual([200, 401]);
    expect(cookie).toBeUndefined();
  });
});
