// `npm test`: the harness's own tests, in the order that lets each step trust the one before:
//   1. unit and reporting tests (no twin), 2. the twin's contract over real HTTPS, 3. the full smoke run on the
//   healthy twin, 4. the fault matrix (every fault detected by the checks that must catch it), 5. operations
//   (reports, shards, notifier, no secret in any artifact). It ends with one line `N passed, N failed`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../config/twin.ts';
import { readSummary } from './lib/pw-results.ts';
import { acquireTwin, setTwinFaults } from './lib/twin-session.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const playwright = path.join(repoRoot, 'node_modules/.bin/playwright');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

/** Runs a Playwright step and counts its tests from its JSON report, not from its exit code alone. */
async function playwrightStep(name: string, args: string[]): Promise<StepResult> {
  const started = Date.now();
  const resultsFile = path.join(repoRoot, 'reports', `npm-test-${name}.json`);
  const code = await run(playwright, ['test', ...args], { CMEP_RESULTS_JSON: resultsFile });
  const summary = readSummary(resultsFile);
  const seconds = (Date.now() - started) / 1000;
  if (!summary) return { name, passed: 0, failed: 1, seconds };
  // A non-zero exit with no failed test (a spec that does not load, a global error) still counts as a failure.
  const failed = summary.failed + summary.flaky + (code !== 0 && summary.failed === 0 ? 1 : 0);
  return { name, passed: summary.passed, failed, seconds };
}

const steps: StepResult[] = [];
const selftest = ['-c', 'selftest/playwright.config.ts'];

steps.push(await playwrightStep('unit', [...selftest, '--project=unit', '--project=reporting']));

const twin = await acquireTwin((line) => console.log(line));
try {
  steps.push(await playwrightStep('twin', [...selftest, '--project=twin', '--workers=1']));
  await setTwinFaults(twin.settings, []);
  steps.push(await playwrightStep('smoke', []));
  {
    const started = Date.now();
    const code = await run(tsx, ['selftest/fault-matrix.ts']);
    const matrix = readSummary(path.join(repoRoot, 'reports', 'fault-matrix-results.json'));
    steps.push({
      name: 'fault-matrix',
      passed: matrix?.passed ?? 0,
      failed: (matrix?.failed ?? 0) + (code !== 0 && !matrix?.failed ? 1 : 0),
      seconds: (Date.now() - started) / 1000,
    });
  }
  steps.push(await playwrightStep('operations', [...selftest, '--project=operations']));
} finally {
  await twin.release();
}

console.log('\nnpm test steps:');
for (const s of steps) console.log(`  ${s.name.padEnd(13)} ${s.passed} passed, ${s.failed} failed  (${s.seconds.toFixed(0)} s)`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
