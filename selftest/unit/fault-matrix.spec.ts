// The fault matrix's verdicts: detected only when every expected test failed for the expected reason; precise only
// when nothing else failed; a check that no fault breaks is called out.
import { expect, test } from '@playwright/test';
import type { RunSummary, TestOutcome } from '../../scripts/lib/pw-results.ts';
import { judge, unguardedChecks } from '../../selftest/matrix/run-matrix.ts';
import type { FaultCase } from '../../selftest/matrix/faults.ts';

function t(id: string, outcome: TestOutcome['outcome'], message = ''): TestOutcome {
  return { id, project: id.split(' › ')[0]!, file: 'x.spec.ts', title: id, outcome, message, duration: 1 };
}
function run(...tests: TestOutcome[]): RunSummary {
  const n = (o: TestOutcome['outcome']) => tests.filter((x) => x.outcome === o).length;
  return { tests, passed: n('passed'), failed: n('failed'), flaky: n('flaky'), skipped: n('skipped'), globalErrors: [] };
}
const cookieCase: FaultCase = {
  fault: 'cookie-samesite-lax',
  projects: ['desktop'],
  mustFail: [{ test: 'desktop › login-cookies.spec.ts', because: 'SameSite' }],
};

test('a fault is detected and precise when exactly its tests fail for its reason', () => {
  const row = judge(cookieCase, run(t('desktop › login-cookies.spec.ts › cookie', 'failed', 'Error: SameSite\nExpected: "None"'), t('desktop › flow.spec.ts › flow', 'passed')), 12.4);
  expect(row).toMatchObject({ detected: true, precise: true, missed: [], unexpectedFailures: [], seconds: 12 });
});

test('failing for another reason is not detection; other failures make it imprecise', () => {
  const wrongReason = judge(cookieCase, run(t('desktop › login-cookies.spec.ts › cookie', 'failed', 'Error: Domain')), 1);
  expect(wrongReason).toMatchObject({ detected: false, missed: ['desktop › login-cookies.spec.ts'] });
  const collateral = judge(
    cookieCase,
    run(t('desktop › login-cookies.spec.ts › cookie', 'failed', 'SameSite'), t('desktop › flow.spec.ts › flow', 'failed', 'timeout')),
    1,
  );
  expect(collateral).toMatchObject({ detected: true, precise: false, unexpectedFailures: ['desktop › flow.spec.ts › flow'] });
  expect(judge(cookieCase, undefined, 1)).toMatchObject({ detected: false, precise: false });
});

test('checks of the healthy run that no fault case expects to fail are unguarded', () => {
  const healthy = run(t('desktop › login-cookies.spec.ts › cookie', 'passed'), t('desktop › flow.spec.ts › flow', 'passed'), t('desktop › x.spec.ts › skipped', 'skipped'));
  expect(unguardedChecks(healthy, [cookieCase])).toEqual(['desktop › flow.spec.ts › flow']);
});
