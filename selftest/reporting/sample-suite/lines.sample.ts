import { expect, test } from '@playwright/test';

// A 1×1 PNG: enough to prove screenshots are copied and linked.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test.describe('preflight', { annotation: { type: 'checklist', description: 'preflight' } }, () => {
  test('version is reported', async () => {
    test.info().annotations.push({ type: 'evidence', description: 'version: 9.9.9' });
  });
});

test.describe('cookies', { annotation: { type: 'checklist', description: 'cookies-cors' } }, () => {
  test('cookie is SameSite=None', async () => {
    await test.info().attach('cookie screenshot', { body: PNG, contentType: 'image/png' });
    expect('Lax', 'SameSite of cmep_session').toBe('None');
  });
});
