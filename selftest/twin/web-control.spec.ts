// The SPA host (CloudFront-like caching and deep links, /twin-faults.json) and the loopback control endpoint.
import { expect, test } from '@playwright/test';
import { clearFaults, controlRaw, resetTwin, setFaults, web } from './twin-client.ts';

test.beforeAll(resetTwin);
test.afterAll(clearFaults);

test('index.html no-cache; hashed assets immutable; deep links answered with index.html 200', async () => {
  const index = await web('GET', '/');
  test.skip(index.status === 503, 'twin/web/dist is not built');
  expect(index.status).toBe(200);
  expect(index.headers['cache-control']).toBe('no-cache');
  expect(index.headers['content-type']).toContain('text/html');
  const asset = /\/assets\/[^"']+\.js/.exec(index.text)?.[0];
  expect(asset, 'index.html references a hashed JS asset').toBeTruthy();
  const js = await web('GET', asset!);
  expect(js.status).toBe(200);
  expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers['content-type']).toContain('javascript');
  const deep = await web('GET', '/app/solicitudes/5');
  expect(deep.status).toBe(200);
  expect(deep.text).toBe(index.text);
  expect(deep.headers['cache-control']).toBe('no-cache');
  expect((await web('GET', '/..%2f..%2fpackage.json')).text).toBe(index.text); // no escaping the dist folder
});

test('control endpoint: GET/PUT/DELETE /faults, 400 on unknown names; /twin-faults.json mirrors the set', async () => {
  const initial = await controlRaw('GET', '/faults');
  expect(initial.json.active).toEqual([]);
  expect(initial.json.known).toContain('session-cleanup-stalled');
  const bad = await controlRaw('PUT', '/faults', { active: ['mobile-overflow', 'no-such-fault'] });
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('no-such-fault');
  expect((await controlRaw('GET', '/faults')).json.active).toEqual([]);
  await setFaults('mobile-overflow');
  expect((await web('GET', '/twin-faults.json')).json).toEqual({ active: ['mobile-overflow'] });
  const cleared = await controlRaw('DELETE', '/faults');
  expect(cleared.json.active).toEqual([]);
  expect((await web('GET', '/twin-faults.json')).json).toEqual({ active: [] });
});
