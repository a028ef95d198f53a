// The sign-off rules, on literal records: every line present and in order, pass / fail / skipped / not run with
// the why, evidence and version, and a verdict that is "signed off" only for a clean run.
import { expect, test } from '@playwright/test';
import { buildSignoff, createdKind } from '../../reporters/build-signoff.ts';
import { CHECKLIST } from '../../reporters/checklist.ts';
import type { RunFacts, TestRecord } from '../../reporters/signoff-model.ts';

const run: RunFacts = {
  appUrl: 'https://cmep.test:8443',
  apiUrl: 'https://api.cmep.test:8444',
  runId: 'k3x9a1-7f2c',
  commit: 'abc123',
  startedAt: '2026-02-04T10:00:00.000Z',
  endedAt: '2026-02-04T10:01:00.000Z',
  runStatus: 'passed',
  runErrors: [],
};

function passing(line: string, extra: Partial<TestRecord> = {}): TestRecord {
  return {
    title: `${line} works`,
    project: 'desktop',
    file: `tests/${line}.spec.ts`,
    outcome: 'expected',
    status: 'passed',
    retries: 0,
    durationMs: 1000,
    annotations: [{ type: 'checklist', description: line }],
    errors: [],
    attachments: [],
    ...extra,
  };
}

const everyLinePassing = () => CHECKLIST.map((l) => passing(l.id));

test('a clean run over every line is signed off, lines in checklist order', () => {
  const s = buildSignoff(CHECKLIST, everyLinePassing().reverse(), run, {});
  expect(s.verdict).toBe('signed off');
  expect(s.reasons).toEqual([]);
  expect(s.lines.map((l) => l.id)).toEqual(CHECKLIST.map((l) => l.id));
  expect(s.lines.every((l) => l.status === 'pass')).toBe(true);
  expect(s.totals).toEqual({ tests: CHECKLIST.length, passed: CHECKLIST.length, failed: 0, skipped: 0, flaky: 0, retries: 0 });
});

test('a line no test declares is present as "not run" and blocks the sign-off', () => {
  const s = buildSignoff(CHECKLIST, everyLinePassing().filter((t) => t.file !== 'tests/mobile.spec.ts'), run, {});
  const mobile = s.lines.find((l) => l.id === 'mobile')!;
  expect(mobile).toMatchObject({ status: 'not run', why: ['no test declares this line'], tests: [] });
  expect(s.lines).toHaveLength(CHECKLIST.length);
  expect(s.verdict).toBe('not signed off');
  expect(s.reasons).toContain('mobile: not run');
});

test('a failing test fails its line with the error and names the line in the reasons', () => {
  const tests = everyLinePassing();
  tests[1] = passing('cookies-cors', {
    outcome: 'unexpected',
    status: 'failed',
    errors: ['Expected: "None" Received: "Lax"'],
    attachments: [{ name: 'trace', contentType: 'application/zip', href: 'files/ab.zip' }],
  });
  const s = buildSignoff(CHECKLIST, tests, run, {});
  const line = s.lines.find((l) => l.id === 'cookies-cors')!;
  expect(line.status).toBe('fail');
  expect(line.why).toEqual(['cookies-cors works [desktop]: failed — Expected: "None" Received: "Lax"']);
  expect(line.tests[0]!.attachments[0]!.href).toBe('files/ab.zip');
  expect(s.verdict).toBe('not signed off');
  expect(s.reasons).toEqual(['cookies-cors: fail']);
});

test('skips: a fully skipped line is "skipped" with its reason; a skipped check inside a passing line is shown; only an optional line may be skipped and still signed off', () => {
  const tests = everyLinePassing();
  tests[tests.length - 1] = passing('session-cleanup', {
    outcome: 'skipped',
    status: 'skipped',
    annotations: [{ type: 'checklist', description: 'session-cleanup' }, { type: 'skip', description: 'no database access' }],
  });
  tests[6] = passing('files', {
    annotations: [{ type: 'checklist', description: 'files' }, { type: 'skipped-check', description: 'S3 object: no storage access' }],
  });
  const s = buildSignoff(CHECKLIST, tests, run, {});
  expect(s.lines.find((l) => l.id === 'session-cleanup')).toMatchObject({ status: 'skipped', why: ['skipped: no database access'] });
  expect(s.lines.find((l) => l.id === 'files')).toMatchObject({ status: 'pass', why: ['skipped: S3 object: no storage access'] });
  // session-cleanup needs database access that a release manager may not have: skipped, it does not block.
  expect(s.reasons).toEqual([]);
  expect(s.verdict).toBe('signed off');

  tests[6] = passing('files', {
    outcome: 'skipped',
    status: 'skipped',
    annotations: [{ type: 'checklist', description: 'files' }, { type: 'skip', description: 'writes not allowed' }],
  });
  expect(buildSignoff(CHECKLIST, tests, run, {}).reasons).toEqual(['files: skipped']);
});

test('a retry or a flaky test blocks the sign-off even though every line passed', () => {
  const tests = everyLinePassing();
  tests[2] = passing('admin-login', { outcome: 'flaky', retries: 1 });
  const s = buildSignoff(CHECKLIST, tests, run, {});
  expect(s.lines.every((l) => l.status === 'pass')).toBe(true);
  expect(s.lines.find((l) => l.id === 'admin-login')!.why).toEqual(['admin-login works [desktop]: flaky (passed after 1 retry)']);
  expect(s.verdict).toBe('not signed off');
  expect(s.reasons).toEqual(['1 retry (a sign-off needs retries 0)', '1 flaky test']);
});

test('evidence, created records and the app version are carried; duplicates across projects collapse', () => {
  const tests = everyLinePassing();
  const preflight = { type: 'checklist', description: 'preflight' };
  tests[0] = passing('preflight', { annotations: [preflight, { type: 'evidence', description: 'version: 0.1.0' }, { type: 'evidence', description: 'TLS cmep.test: 89 days left' }] });
  tests.push(passing('preflight', { project: 'mobile-android', annotations: [preflight, { type: 'evidence', description: 'version: 0.1.0' }] }));
  tests[4] = passing('solicitud', { annotations: [{ type: 'checklist', description: 'solicitud' }, { type: 'created', description: 'solicitud CMEP-2026-0012' }] });
  const s = buildSignoff(CHECKLIST, tests, run, { solicitud: { solicitud: 1 } });
  expect(s.environment.version).toBe('0.1.0');
  expect(s.lines[0]!.evidence).toEqual(['version: 0.1.0', 'TLS cmep.test: 89 days left']);
  expect(s.lines[0]!.tests).toHaveLength(2);
  expect(s.lines.find((l) => l.id === 'solicitud')!.created).toEqual(['solicitud CMEP-2026-0012']);
  expect(s.verdict).toBe('signed off');
});

test('creating more than the plan allows, per project and line, blocks the sign-off', () => {
  const tests = everyLinePassing();
  const created = (code: string) => ({ type: 'created', description: `solicitud ${code}` });
  tests[8] = passing('cancel', { annotations: [{ type: 'checklist', description: 'cancel' }, created('CMEP-1'), created('CMEP-2')] });
  const s = buildSignoff(CHECKLIST, tests, run, { cancel: { solicitud: 1 } });
  expect(s.reasons).toEqual(['plan exceeded: cancel [desktop] created 2 solicitud (plan allows 1)']);
  expect(createdKind('user smoke+k3x9a1-7f2c-operador@example.com')).toBe('user');
});

test('failures outside the checklist, unknown line ids and run errors are not lost', () => {
  const tests = [
    ...everyLinePassing(),
    passing('setup', { title: 'admin storage state', annotations: [], outcome: 'unexpected', status: 'failed' }),
    passing('typo', { annotations: [{ type: 'checklist', description: 'cookie-cors' }] }),
  ];
  const s = buildSignoff(CHECKLIST, tests, { ...run, runStatus: 'failed', runErrors: ['Error in global setup'] }, {});
  expect(s.otherTests.map((t) => t.title)).toEqual(['admin storage state', 'typo works']);
  expect(s.reasons).toEqual([
    'admin storage state [desktop] failed outside any checklist line',
    'unknown checklist id "cookie-cors"',
    'run error: Error in global setup',
    'run status failed',
  ]);
});
