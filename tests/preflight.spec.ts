// Preflight: is the target there at all? Health, version, the SPA and a deep link, TLS for each host name.
// Serial: once the API is unreachable, the rest is skipped and the run stops here with one clear message
// (the setup project, and every project after it, depends on this one).
import tls from 'node:tls';
import { request } from 'undici';
import { CmepApi, CmepApiError } from '../api/index.ts';
import { trustedCas } from '../api/dispatcher.ts';
import { lookupWithOverrides } from '../config/resolve.ts';
import { expect, test } from '../fixtures/index.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import type { CmepConfig } from '../config/index.ts';

const TLS_WARNING_DAYS = 30;

/**
 * Turns a network failure (no HTTP answer at all) into the one line an on-call person needs; the smoke runner
 * exits 3 on it. An HTTP answer, even an error, means the target is reachable and is reported as it is.
 */
async function reach<T>(config: CmepConfig, what: string, probe: () => Promise<T>): Promise<T> {
  try {
    return await probe();
  } catch (err) {
    if (err instanceof CmepApiError) throw err;
    const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    const hint = config.target === 'twin' ? ' (is the twin running? `npm run twin`)' : '';
    throw new Error(`target unreachable: ${what}: ${cause}${hint}`);
  }
}

/** GET a page of the SPA's host through the same resolver and CA as the API client. */
async function getSpa(api: CmepApi, config: CmepConfig, path: string) {
  const response = await request(new URL(path, config.appUrl), { dispatcher: api.http.dispatcher, headers: { accept: 'text/html' } });
  return { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), html: await response.body.text() };
}

function peerCertificate(config: CmepConfig, url: string): Promise<tls.PeerCertificate> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: hostname,
      port: Number(port || 443),
      servername: hostname,
      ca: trustedCas(config),
      rejectUnauthorized: true,
      lookup: lookupWithOverrides(config.resolve),
      timeout: 5_000,
    });
    socket.once('secureConnect', () => {
      resolve(socket.getPeerCertificate());
      socket.end();
    });
    socket.once('timeout', () => socket.destroy(new Error(`TLS handshake with ${hostname} timed out`)));
    socket.once('error', reject);
  });
}

test.describe('Target reachable', { tag: '@readonly', annotation: { type: 'checklist', description: 'preflight' } }, () => {
  test.describe.configure({ mode: 'serial' });

  // First: without a certificate valid for each name, no browser or client talks to the target at all.
  test('TLS certificates are valid for each host name', async ({ config }, testInfo) => {
    for (const url of new Set([config.appUrl, config.apiUrl])) {
      const host = new URL(url).hostname;
      const cert = await reach(config, `TLS handshake with ${host}`, () => peerCertificate(config, url));
      const daysLeft = Math.floor((Date.parse(cert.valid_to) - Date.now()) / 86_400_000);
      testInfo.annotations.push({ type: 'evidence', description: `TLS ${host}: valid, ${daysLeft} days left (until ${cert.valid_to})` });
      if (daysLeft < TLS_WARNING_DAYS) {
        testInfo.annotations.push({ type: 'warning', description: `TLS certificate of ${host} expires in ${daysLeft} days` });
      }
      expect(daysLeft, `days before ${host}'s certificate expires`).toBeGreaterThan(0);
    }
  });

  test('API /health answers healthy', async ({ config }) => {
    const api = new CmepApi(config);
    const health = await reach(config, `GET ${config.apiUrl}/health`, () => api.system.health());
    expect(health.status).toBe('healthy');
  });

  test('API /version answers (the expected version when given)', async ({ config }, testInfo) => {
    const { version } = await new CmepApi(config).system.version();
    testInfo.annotations.push({ type: 'evidence', description: `API version ${version}` });
    if (config.expectedVersion !== null) expect(version, 'CMEP_EXPECTED_VERSION').toBe(config.expectedVersion);
  });

  test('the SPA is served and a deep link under /app answers with it', async ({ config }) => {
    const api = new CmepApi(config);
    const root = await reach(config, `GET ${config.appUrl}/`, () => getSpa(api, config, '/'));
    expect(root.status).toBe(200);
    expect(root.contentType).toContain('text/html');
    expect(root.html).toContain('<title>CMEP</title>');
    // CloudFront answers unknown paths with index.html and 200, so a bookmarked /app/… URL loads the SPA.
    const deepLink = await getSpa(api, config, '/app/solicitudes/1');
    expect(deepLink.status, 'deep link /app/solicitudes/1').toBe(200);
    expect(deepLink.html, 'deep link /app/solicitudes/1 serves the SPA').toBe(root.html);
  });

  test('the SPA renders its login page in Chromium', async ({ browser, baseURL }) => {
    // A fresh context: the admin's session may not exist yet (setup runs after preflight).
    const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await page.goto(LoginPage.path);
    await expect(login.heading).toBeVisible();
    await expect(login.submit).toBeVisible();
    await context.close();
  });

});
