import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { loadConfigFromEnvironment } from '../../../config/index.ts';

// A failing test whose trace (kept on failure) records the admin password in a request body, as the UI login's
// typed password is recorded in a real run's trace. Nothing else in the run carries it.
test.describe('login', { annotation: { type: 'checklist', description: 'admin-login' } }, () => {
  test('the password reaches the trace only', async ({ request }) => {
    const server = http.createServer((_req, res) => res.writeHead(401).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await request.post(`http://127.0.0.1:${port}/auth/login`, {
        data: { email: 'admin@cmep.test', password: loadConfigFromEnvironment().admin.password },
      });
      expect(response.status(), 'login answer').toBe(200);
    } finally {
      server.close();
    }
  });
});
