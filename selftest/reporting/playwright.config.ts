// The harness's own tests for reporting and operations pieces that need no browser and no twin:
// sign-off rows, the notifier (real local HTTP), the workflow file, the secret scanner, the plan.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/selftest-reporting',
});
