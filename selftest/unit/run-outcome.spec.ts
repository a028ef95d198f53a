// The smoke runner's exit codes (who gets paged) and its json reporter rule; the report reader they rely on.
import { expect, test } from '@playwright/test';
import { summarize, type RunSummary, type TestOutcome } from '../../scripts/lib/pw-results.ts';
import { EXIT, exitCodeFor, withJsonReporter } from '../../scripts/lib/run-outcome.ts';

function outcome(project: string, result: TestOutcome['outcome'], message = ''): TestOutcome {
  return { id: `${project} › a.spec.ts › t`, project, file: 'a.spec.ts', title: 't', outcome: result, message, duration: 1 };
}

function summary(...tests: TestOutcome[]): RunSummary {
  const count = (o: TestOutcome['outcome']) => tests.filter((t) => t.outcome === o).length;
  return { tests, passed: count('passed'), failed: count('failed'), flaky: count('flaky'), skipped: count('skipped'), globalErrors: [] };
}

test('no answer from the target is unreachable (3); any other failed check, preflight included, is broken (1)', () => {
  const noAnswer = 'Error: target unreachable: GET https://api.cmep.test:8444/health: connect ECONNREFUSED';
  expect(exitCodeFor(1, summary(outcome('preflight', 'failed', noAnswer), outcome('desktop', 'skipped')))).toBe(EXIT.unreachable);
  expect(exitCodeFor(1, summary(outcome('preflight', 'failed', 'CmepApiError: GET /health → 503')))).toBe(EXIT.checkFailed);
  expect(exitCodeFor(1, summary(outcome('preflight', 'passed'), outcome('login', 'failed')))).toBe(EXIT.checkFailed);
  expect(exitCodeFor(1, summary(outcome('desktop', 'flaky')))).toBe(EXIT.checkFailed);
});

test('success, a configuration error and an interruption pass through; a failure with no failed test is the harness', () => {
  expect(exitCodeFor(0, summary(outcome('desktop', 'passed')))).toBe(EXIT.ok);
  expect(exitCodeFor(78, undefined)).toBe(EXIT.misconfigured);
  expect(exitCodeFor(130, undefined)).toBe(EXIT.interrupted);
  expect(exitCodeFor(1, undefined)).toBe(EXIT.harnessError);
  expect(exitCodeFor(1, summary(outcome('desktop', 'passed')))).toBe(EXIT.harnessError);
});

test('a --reporter given on the command line keeps the json reporter the exit code reads', () => {
  expect(withJsonReporter(['--reporter=line'])).toEqual(['--reporter=line,json']);
  expect(withJsonReporter(['--reporter', 'dot,html', '--grep', '@readonly'])).toEqual(['--reporter', 'dot,html,json', '--grep', '@readonly']);
  expect(withJsonReporter(['--reporter=json'])).toEqual(['--reporter=json']);
  expect(withJsonReporter(['--grep', 'json'])).toEqual(['--grep', 'json']);
});

test('the report reader keys tests by project, file and titles, and keeps the last attempt’s message', () => {
  const s = summarize({
    suites: [
      {
        title: 'flow.spec.ts',
        suites: [
          {
            title: '4. Flow',
            specs: [
              {
                title: 'each role takes its step',
                file: 'flow.spec.ts',
                tests: [
                  {
                    projectName: 'desktop',
                    status: 'unexpected',
                    results: [{ duration: 1200, status: 'failed', error: { message: '\u001b[31mExpected: "PAGADO"\u001b[39m' } }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
  expect(s.tests).toEqual([
    {
      id: 'desktop › flow.spec.ts › 4. Flow › each role takes its step',
      project: 'desktop',
      file: 'flow.spec.ts',
      title: 'flow.spec.ts › 4. Flow › each role takes its step',
      outcome: 'failed',
      message: 'Expected: "PAGADO"',
      duration: 1200,
    },
  ]);
  expect(s.failed).toBe(1);
});
