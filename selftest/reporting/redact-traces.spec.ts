// Proof that the secret search works on real artifacts, both ways: a failing test whose trace carries the admin
// password leaves no finding with trace redaction on, and is caught by the scanner with CMEP_REDACT_TRACES=off.
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

function runSample(out: string, redaction: 'on' | 'off'): void {
  const env: NodeJS.ProcessEnv = { ...process.env, SAMPLE_OUTPUT_ROOT: out, CI: '1', CMEP_RUN_ID: 'redact-0001' };
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD', 'PLAYWRIGHT_HTML_TITLE']) delete env[key];
  if (redaction === 'off') env.CMEP_REDACT_TRACES = 'off';
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'selftest/reporting/sample-suite', 'trace.sample.ts'], { env, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(1);
}

function scan(out: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CMEP_RUN_ID: 'redact-0001' };
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD']) delete env[key];
  return spawnSync('npx', ['tsx', 'scripts/scan-secrets.ts', out], { env, encoding: 'utf8' });
}

test('with redaction the failing trace is clean; without it the scanner names the trace and the secret', () => {
  const redacted = test.info().outputPath('redacted');
  runSample(redacted, 'on');
  const clean = scan(redacted);
  expect(clean.status, clean.stderr).toBe(0);

  const raw = test.info().outputPath('raw');
  runSample(raw, 'off');
  const leak = scan(raw);
  expect(leak.status).toBe(70);
  expect(leak.stderr).toMatch(/test-results\/[^:]*trace\.zip![^:]*: admin password/);
  expect(leak.stderr).toMatch(/playwright-report\/data\/[^:]*\.zip![^:]*: admin password/);
  expect(leak.stderr).toMatch(/reports\/signoff\/files\/[^:]*\.zip![^:]*: admin password/);
  expect(leak.stderr).not.toContain('twin-admin-1234');
});
