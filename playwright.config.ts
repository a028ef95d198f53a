// The smoke run: preflight → login (the gate) → setup (storage states, staff) → desktop + two mobile projects.
// The configuration is validated here, before any browser starts: a bad setting is one line and exit 78.
import path from 'node:path';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { exitOnConfigError, loadConfigFromEnvironment, type CmepConfig } from './config/index.ts';
import { chromiumResolverRules } from './config/resolve.ts';
import { newRunId } from './config/test-data.ts';
import { repoRoot } from './config/twin.ts';
import { storageStatePath } from './fixtures/auth-state.ts';
import { reporters } from './reporters/index.ts';

// Generated once, in the runner process: workers inherit the environment, so they all share this run id.
process.env.CMEP_RUN_ID ||= newRunId();

let config: CmepConfig;
try {
  config = loadConfigFromEnvironment();
} catch (err) {
  exitOnConfigError(err);
}

const resolverRules = chromiumResolverRules(config.resolve);

/**
 * For the twin, Chromium runs with HOME pointing at a folder whose NSS db trusts the twin's CA, so certificates
 * are verified as in prod (HTTPS errors are never ignored). Only what Chromium needs is passed: the harness's
 * own environment holds credentials.
 */
const chromiumEnv = config.chromiumHome
  ? Object.fromEntries(
      Object.entries({ PATH: process.env.PATH, LANG: process.env.LANG, TZ: process.env.TZ, HOME: config.chromiumHome }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    )
  : undefined;

const resultsJson = path.resolve(repoRoot, process.env.CMEP_RESULTS_JSON ?? 'test-results/results.json');
const reporter: ReporterDescription[] = [...reporters(config), ['json', { outputFile: resultsJson }]];

const MOBILE_SPEC = /mobile\.spec\.ts$/;
const ADMIN_LOGIN_SPEC = /admin-login\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  retries: 0,
  // A sign-off needs every line to pass first time.
  failOnFlakyTests: config.signoff,
  workers: 2,
  reporter,
  metadata: { target: config.target, appUrl: config.appUrl, apiUrl: config.apiUrl, runId: config.runId },
  use: {
    baseURL: config.appUrl,
    // Bounded waits: a broken page fails its step in seconds, not at the 30 s test timeout.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: resolverRules ? [`--host-resolver-rules=${resolverRules}`] : [],
      ...(chromiumEnv ? { env: chromiumEnv } : {}),
    },
  },
  projects: [
    {
      name: 'preflight',
      testMatch: /preflight\.spec\.ts$/,
      // An unreachable target must fail here within 15 s, not test by test later.
      timeout: 15_000,
    },
    {
      // The gate: the admin holds a session in Chromium and the API accepts the SPA's origin. Without both no page
      // works, so a failure here is the one line to read and the rest of the run is not started.
      name: 'login',
      testMatch: ADMIN_LOGIN_SPEC,
      dependencies: ['preflight'],
    },
    {
      name: 'setup',
      testMatch: /setup\/.*\.setup\.ts$/,
      dependencies: ['login'],
    },
    {
      name: 'desktop',
      dependencies: ['setup'],
      testIgnore: [MOBILE_SPEC, ADMIN_LOGIN_SPEC, /preflight\.spec\.ts$/],
      use: { ...devices['Desktop Chrome'], storageState: storageStatePath('admin') },
    },
    {
      name: 'mobile-android',
      dependencies: ['setup'],
      testMatch: MOBILE_SPEC,
      use: { ...devices['Pixel 7'], storageState: storageStatePath('admin') },
    },
    {
      name: 'mobile-iphone',
      dependencies: ['setup'],
      testMatch: MOBILE_SPEC,
      // iPhone 14's viewport, user agent and touch, rendered by Chromium (the one browser this harness ships).
      use: { ...devices['iPhone 14'], browserName: 'chromium', storageState: storageStatePath('admin') },
    },
  ],
});
