// The harness's own tests (npm test runs them in steps around the smoke run and the fault matrix; see
// scripts/test.ts). They need no browser unless a test launches one itself.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  retries: 0,
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.CMEP_RESULTS_JSON ?? '../reports/selftest-results.json' }]],
  outputDir: '../test-results/selftest',
  use: { launchOptions: { executablePath: '/usr/bin/chromium' } },
  projects: [
    { name: 'unit', testDir: './unit' },
    { name: 'reporting', testDir: './reporting' },
    // The twin's own contract; it may reset the twin's database, so npm test runs it with --workers=1.
    { name: 'twin', testDir: './twin' },
    // Full harness runs (reports, shards, secrets) driven from outside: minutes, not seconds.
    { name: 'operations', testDir: './operations', timeout: 600_000 },
  ],
});
