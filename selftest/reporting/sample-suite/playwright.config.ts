// A tiny suite run through reporters() by signoff-reporter.spec.ts: one passing line with version evidence, one
// failing line with a screenshot and a trace. Outputs go to SAMPLE_OUTPUT_ROOT, never to the real report folders.
import { defineConfig } from '@playwright/test';
import { reporters } from '../../../reporters/index.ts';

const outputRoot = process.env.SAMPLE_OUTPUT_ROOT;
if (!outputRoot) throw new Error('SAMPLE_OUTPUT_ROOT must name a scratch folder');

export default defineConfig({
  testDir: '.',
  testMatch: '*.sample.ts',
  retries: 0,
  outputDir: `${outputRoot}/test-results`,
  use: { trace: 'retain-on-failure' },
  reporter: reporters({ appUrl: 'https://cmep.test:8443', apiUrl: 'https://api.cmep.test:8444', runId: 'sample-0001', expectedVersion: null }, outputRoot),
});
