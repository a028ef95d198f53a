// `npm test`: the harness's own tests, in the order that lets each step trust the one before:
//   1. unit and reporting tests (no twin), 2. the twin's contract over real HTTPS, 3. operations (full runs with
//   every report, one fault, two shards merged, no secret in any artifact), 4. the fault matrix, whose first run is
//   the full smoke run on the healthy twin, then one run per fault. It ends with one line `N passed, N failed`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/twin.ts';
import { runPlaywrightTest } from './lib/playwright-run.ts';
import { acquireTwin } from './lib/twin-session.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

/** Runs a Playwright step and counts its tests from its JSON report, not from its exit code alone. */
async function playwrightStep(name: string, args: string[]): Promise<StepResult> {
  const { code, summary, seconds } = await runPlaywrightTest(args, path.join(repoRoot, 'reports', `npm-test-${name}.json`));
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
  // Before the matrix: these full runs use Playwright's default output folder, which each run empties, and the
  // matrix leaves its results there (test-results/fault-matrix.json).
  steps.push(await playwrightStep('operations', [...selftest, '--project=operations']));
  {
    // The matrix's first run is the full smoke run on the healthy twin (desktop and both mobile projects).
    const started = Date.now();
    const countsFile = path.join(repoRoot, 'reports', 'matrix', 'counts.json');
    fs.rmSync(countsFile, { force: true });
    const code = await run(tsx, ['selftest/fault-matrix.ts']);
    const counts = fs.existsSync(countsFile)
      ? (JSON.parse(fs.readFileSync(countsFile, 'utf8')) as { passed: number; failed: number })
      : { passed: 0, failed: 1 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    steps.push({ name: 'smoke+matrix', ...counts, seconds: (Date.now() - started) / 1000 });
  }
} finally {
  await twin.release();
}

console.log('\nnpm test steps:');
for (const s of steps) console.log(`  ${s.name.padEnd(13)} ${s.passed} passed, ${s.failed} failed  (${s.seconds.toFixed(0)} s)`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
