// The reporter list for playwright.config.ts: trace redaction, console output, the sign-off (before 'html', which takes its title
// from it), Playwright's HTML report titled with target / version / run id, and JUnit XML for CI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReporterDescription } from '@playwright/test';
import type { CmepConfig } from '../config/index.ts';
import { reportTitle } from './format.ts';
import type { SignoffReporterOptions } from './signoff-reporter.ts';

const signoffReporterPath = fileURLToPath(new URL('./signoff-reporter.ts', import.meta.url));
export const redactTracesReporterPath = fileURLToPath(new URL('./redact-traces.ts', import.meta.url));
// Absolute, because Playwright resolves reporter paths against the config's folder and merge-reports uses
// reporters/merge.config.ts: both must write to the same places.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** `outputRoot` receives playwright-report/ and reports/ (the repo root; selftests pass a scratch folder). */
export function reporters(
  config: Pick<CmepConfig, 'appUrl' | 'apiUrl' | 'runId' | 'expectedVersion'>,
  outputRoot: string = repoRoot,
): ReporterDescription[] {
  const signoff: SignoffReporterOptions = {
    appUrl: config.appUrl,
    apiUrl: config.apiUrl,
    runId: config.runId,
    outputDir: path.join(outputRoot, 'reports', 'signoff'),
  };
  const runId = config.runId ?? process.env.CMEP_RUN_ID ?? 'unknown';
  return [
    // First: the others copy trace files at their onEnd, after it has redacted them at each test's end.
    [redactTracesReporterPath],
    [process.env.CI ? 'line' : 'list'],
    [signoffReporterPath, signoff],
    // The title here is the fallback for when no test reported the version; the sign-off reporter replaces it.
    ['html', { title: reportTitle(config.appUrl, config.expectedVersion, runId), open: 'never', outputFolder: path.join(outputRoot, 'playwright-report') }],
    ['junit', { outputFile: path.join(outputRoot, 'reports', 'junit.xml') }],
  ];
}
