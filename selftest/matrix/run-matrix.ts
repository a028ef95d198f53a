// The fault matrix: the smoke suite once on the healthy twin, then once per named fault, switched at run time
// through the twin's control endpoint. A fault is *detected* when every test that must catch it failed with the
// expected reason, and *precise* when no other test failed. A check that no fault breaks is reported as unguarded.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config/twin.ts';
import { runPlaywrightTest } from '../../scripts/lib/playwright-run.ts';
import type { RunSummary } from '../../scripts/lib/pw-results.ts';
import { setTwinFaults, type TwinSession } from '../../scripts/lib/twin-session.ts';
import { faultCases, type FaultCase } from './faults.ts';

export interface FaultRow {
  fault: string;
  expected: string[];
  failed: string[];
  unexpectedFailures: string[];
  /** Expected tests that failed, but not for the expected reason (or did not fail at all). */
  missed: string[];
  detected: boolean;
  precise: boolean;
  seconds: number;
}

export interface MatrixResult {
  healthy: RunSummary | undefined;
  healthyOk: boolean;
  rows: FaultRow[];
  unguarded: string[];
}

const reportsDir = path.join(repoRoot, 'reports', 'matrix');

async function runSuite(name: string, args: string[]): Promise<RunSummary | undefined> {
  // Quiet: the per-fault failures are expected, and their stack traces would bury the matrix's own lines.
  const run = await runPlaywrightTest(
    ['--reporter=dot,json', `--output=${path.join('test-results', 'matrix', name)}`, ...args],
    path.join(reportsDir, `${name}.json`),
    { quiet: true },
  );
  return run.summary;
}

/** Pure: compares what a fault run did with what the fault case says must happen. */
export function judge(fc: FaultCase, summary: RunSummary | undefined, seconds: number): FaultRow {
  const tests = summary?.tests ?? [];
  const failedTests = tests.filter((t) => t.outcome === 'failed' || t.outcome === 'flaky');
  const matches = (id: string, pattern: string) => id.includes(pattern);
  const expected = fc.mustFail.map((m) => m.test);
  const missed = fc.mustFail
    .filter((m) => !failedTests.some((t) => matches(t.id, m.test) && t.message.includes(m.because)))
    .map((m) => m.test);
  const unexpectedFailures = failedTests
    .filter((t) => !fc.mustFail.some((m) => matches(t.id, m.test)))
    .map((t) => t.id);
  const detected = summary !== undefined && missed.length === 0;
  return {
    fault: fc.fault,
    expected,
    failed: failedTests.map((t) => t.id),
    unexpectedFailures,
    missed,
    detected,
    precise: detected && unexpectedFailures.length === 0 && (summary?.globalErrors.length ?? 0) === 0,
    seconds: Math.round(seconds),
  };
}

/**
 * Tests of the healthy run that no fault case expects to fail: checks nothing proves. The setup project is not a
 * check: it prepares sessions and staff, and every way it can break is caught first by the gate before it.
 */
export function unguardedChecks(healthy: RunSummary | undefined, cases: FaultCase[]): string[] {
  return (healthy?.tests ?? [])
    .filter((t) => t.outcome !== 'skipped' && t.project !== 'setup')
    .filter((t) => !cases.some((fc) => fc.mustFail.some((m) => t.id.includes(m.test))))
    .map((t) => t.id);
}

export interface MatrixOptions {
  /** Run only these faults (by name). */
  only?: string[];
  /** Ignore each case's `specs` scope and run every spec of its projects: the audit that the scopes are right. */
  full?: boolean;
}

export async function runMatrix(twin: TwinSession, { only, full = false }: MatrixOptions = {}, log = console.log): Promise<MatrixResult> {
  fs.mkdirSync(reportsDir, { recursive: true });
  await setTwinFaults(twin.settings, []);
  log('matrix: healthy run (all projects)…');
  const healthy = await runSuite('healthy', []);
  const healthyOk = healthy !== undefined && healthy.failed === 0 && healthy.flaky === 0 && healthy.passed > 0;
  log(`matrix: healthy run ${healthy?.passed ?? 0} passed, ${healthy?.failed ?? 0} failed`);
  const rows: FaultRow[] = [];
  for (const fc of faultCases.filter((c) => !only?.length || only.includes(c.fault))) {
    const started = Date.now();
    await setTwinFaults(twin.settings, [fc.fault]);
    try {
      // The setup chain (preflight → login → setup) always runs whole: Playwright runs dependencies in full. The
      // audit (--full) runs every desktop spec besides the fault's own projects.
      const projects = full ? [...new Set(['desktop', ...fc.projects])] : fc.projects;
      const scope = full || !fc.specs ? [] : fc.specs;
      const summary = await runSuite(fc.fault, [...projects.map((p) => `--project=${p}`), ...scope]);
      rows.push(judge(fc, summary, (Date.now() - started) / 1000));
    } finally {
      await setTwinFaults(twin.settings, []);
    }
    const row = rows.at(-1)!;
    log(`matrix: ${row.fault.padEnd(24)} ${row.detected ? 'detected' : 'MISSED  '} ${row.precise ? 'precise' : 'imprecise'} ${row.seconds} s`);
  }
  return { healthy, healthyOk, rows, unguarded: only?.length ? [] : unguardedChecks(healthy, faultCases) };
}
