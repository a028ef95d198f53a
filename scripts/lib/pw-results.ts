// Reads Playwright's JSON report: the one place that knows its shape, for the runner's exit code, `npm test`'s
// closing line and the fault matrix.
import fs from 'node:fs';

interface JsonResult {
  duration: number;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  error?: { message?: string };
  errors?: Array<{ message?: string }>;
}
interface JsonTest {
  projectName: string;
  status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
  results: JsonResult[];
}
interface JsonSpec {
  title: string;
  file: string;
  tests: JsonTest[];
}
interface JsonSuite {
  title: string;
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}
interface JsonReport {
  suites: JsonSuite[];
  errors?: Array<{ message?: string }>;
}

export interface TestOutcome {
  /** `project › file › describe › title`, stable across runs: the fault matrix keys on it. */
  id: string;
  project: string;
  file: string;
  title: string;
  outcome: 'passed' | 'failed' | 'flaky' | 'skipped';
  /** The failure message of the last attempt, ANSI colours removed. */
  message: string;
  /** Milliseconds of the last attempt. */
  duration: number;
}

export interface RunSummary {
  tests: TestOutcome[];
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
  /** Errors outside any test (config, global setup, a spec that does not load). */
  globalErrors: string[];
}

const ansi = /\u001b\[[0-9;]*m/g;

function walk(suite: JsonSuite, titles: string[], out: TestOutcome[]): void {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const last = test.results.at(-1);
      const message = [last?.error?.message, ...(last?.errors ?? []).map((e) => e.message)]
        .filter(Boolean)
        .join('\n')
        .replace(ansi, '');
      const outcome =
        test.status === 'expected' ? 'passed' : test.status === 'unexpected' ? 'failed' : test.status;
      const path = [...titles, spec.title].join(' › ');
      out.push({
        id: `${test.projectName} › ${path}`,
        project: test.projectName,
        file: spec.file,
        title: path,
        outcome,
        message,
        duration: last?.duration ?? 0,
      });
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title], out);
}

export function summarize(report: JsonReport): RunSummary {
  const tests: TestOutcome[] = [];
  // The top suites are files; their title is the file name, kept as the first part of the path.
  for (const file of report.suites) walk(file, [file.title], tests);
  const count = (o: TestOutcome['outcome']) => tests.filter((t) => t.outcome === o).length;
  return {
    tests,
    passed: count('passed'),
    failed: count('failed'),
    flaky: count('flaky'),
    skipped: count('skipped'),
    globalErrors: (report.errors ?? []).map((e) => (e.message ?? '').replace(ansi, '')),
  };
}

export function readSummary(file: string): RunSummary | undefined {
  if (!fs.existsSync(file)) return undefined;
  return summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as JsonReport);
}
