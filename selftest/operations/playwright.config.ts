// Full-run checks of the operations path against the running twin (`npm run twin` first): each test shells out
// to real `playwright test` runs of the smoke suite, so they run one at a time with generous timeouts.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/selftest-operations',
});
