// The operations path end to end on the running twin: a full run yields every report with every checklist line
// and no secret in any artifact; one fault makes the sign-off name its line and the notifier post; two blob
// shards merge into one report holding every test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHECKLIST } from '../../reporters/checklist.ts';
import { startReceiver } from '../reporting/receiver.ts';
import { CONTROL_URL, newRunId, npx, readSummary, repoRoot, setFaults, twinEnv } from './smoke-run.ts';

test.beforeAll(async () => {
  // npm test starts the twin before this step; run alone, start it first with `npm run twin`.
  const health = await fetch(`${CONTROL_URL}/faults`).catch(() => null);
  expect(health?.ok, 'the twin is running (npm run twin)').toBe(true);
  await setFaults([]);
});

test.afterEach(async () => {
  await setFaults([]);
});

test('a healthy full run: HTML report, JUnit, sign-off with every line, summary JSON, no secret anywhere', async () => {
  const env = twinEnv({ CMEP_RUN_ID: newRunId('heal') });
  const run = await npx(['playwright', 'test'], env, 'full-run.log');
  expect(run.status, run.output.slice(-4000)).toBe(0);

  expect(fs.existsSync(path.join(repoRoot, 'playwright-report/index.html'))).toBe(true);
  expect(fs.readFileSync(path.join(repoRoot, 'reports/junit.xml'), 'utf8')).toMatch(/<testsuites[^>]*failures="0"/);
  for (const file of ['signoff.html', 'signoff.md']) expect(fs.existsSync(path.join(repoRoot, 'reports/signoff', file))).toBe(true);
  const summary = readSummary();
  expect(summary.lines.map((l) => l.id)).toEqual(CHECKLIST.map((l) => l.id));
  expect(summary.lines.filter((l) => l.status !== 'pass'), JSON.stringify(summary.reasons)).toEqual([]);
  expect(summary.verdict).toBe('signed off');
  expect(summary.environment.runId).toBe(env.CMEP_RUN_ID);

  const scan = await npx(['tsx', 'scripts/scan-secrets.ts'], env);
  expect(scan.status, scan.output).toBe(0);
});

test('one fault: the sign-off names the failing line, is not signed off, and the notifier posts', async () => {
  await setFaults(['cookie-samesite-lax']);
  const env = twinEnv({ CMEP_RUN_ID: newRunId('samesite') });
  const run = await npx(['playwright', 'test'], env, 'fault-run.log');
  expect(run.status).toBe(1);

  const summary = readSummary();
  expect(summary.lines.find((l) => l.id === 'cookies-cors')!.status).toBe('fail');
  expect(summary.verdict).toBe('not signed off');
  expect(summary.reasons).toContain('cookies-cors: fail');

  // A failing trace holds the typed password unless redacted: the scan proves the redaction held.
  const scan = await npx(['tsx', 'scripts/scan-secrets.ts'], env);
  expect(scan.status, scan.output).toBe(0);

  const receiver = await startReceiver();
  try {
    const notify = await npx(['tsx', 'scripts/notify.ts', '--run-url', 'http://127.0.0.1/run/1'], { ...env, SMOKE_WEBHOOK_URL: receiver.url });
    expect(notify.status, notify.output).toBe(0);
    const text = (receiver.received[0]!.body as { text: string }).text;
    expect(text).toContain('cookies-cors');
    expect(text).toContain('not signed off');
  } finally {
    await receiver.close();
  }
});

test('two blob shards merged give one report with every test of the run', async () => {
  const runId = newRunId('shard');
  const listed = await npx(['playwright', 'test', '--list', '--reporter=json'], twinEnv({ CMEP_RUN_ID: runId }));
  expect(listed.status, listed.output.slice(-2000)).toBe(0);
  const listedTests = listTests(listed.output);

  // Outside test-results/: each inner run starts by emptying that folder, which would take the first shard's blob.
  const shardsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmep-shards-'));
  try {
    const blobs = path.join(shardsDir, 'all-blob-reports');
    for (const shard of [1, 2]) {
      const env = twinEnv({ CMEP_RUN_ID: runId, PLAYWRIGHT_BLOB_OUTPUT_DIR: path.join(shardsDir, `blob-${shard}`) });
      const run = await npx(['playwright', 'test', `--shard=${shard}/2`, '--reporter=./reporters/redact-traces.ts,blob'], env, `shard-${shard}.log`);
      expect(run.status, run.output.slice(-4000)).toBe(0);
      fs.mkdirSync(blobs, { recursive: true });
      for (const zip of fs.readdirSync(env.PLAYWRIGHT_BLOB_OUTPUT_DIR!)) {
        fs.copyFileSync(path.join(env.PLAYWRIGHT_BLOB_OUTPUT_DIR!, zip), path.join(blobs, `shard-${shard}-${zip}`));
      }
    }
    const merge = await npx(['playwright', 'merge-reports', '--config', 'reporters/merge.config.ts', blobs], twinEnv({ CMEP_RUN_ID: runId }));
    expect(merge.status, merge.output).toBe(0);

    // Every shard runs the setup chain (preflight → login → setup) as its dependencies, so those tests appear once
    // per shard; every other test appears exactly once. Together: every listed test, none lost.
    const summary = readSummary();
    const merged = [...summary.lines.flatMap((l) => l.tests), ...summary.otherTests].map((t) => `${t.project} › ${t.title}`);
    expect(new Set(merged)).toEqual(new Set(listedTests));
    const chain = listedTests.filter((t) => /^(preflight|login|setup) › /.test(t));
    expect(merged.length, 'merged tests: every test once, the setup chain once per shard').toBe(listedTests.length + chain.length);
    expect(summary.lines.map((l) => l.id)).toEqual(CHECKLIST.map((l) => l.id));
    expect(fs.readFileSync(path.join(repoRoot, 'reports/junit.xml'), 'utf8')).toMatch(new RegExp(`<testsuites[^>]*tests="${merged.length}"`));
    expect(fs.existsSync(path.join(repoRoot, 'playwright-report/index.html'))).toBe(true);
  } finally {
    fs.rmSync(shardsDir, { recursive: true, force: true });
  }
});

/** `project › title` of every test in a `--list --reporter=json` output (titles as the sign-off shows them). */
function listTests(listOutput: string): string[] {
  type Spec = { title: string; tests: { projectName: string }[] };
  type Suite = { title: string; specs?: Spec[]; suites?: Suite[] };
  const walk = (s: Suite, path: string[]): string[] => [
    ...(s.specs ?? []).flatMap((spec) => spec.tests.map((t) => `${t.projectName} › ${[...path, spec.title].join(' › ')}`)),
    ...(s.suites ?? []).flatMap((c) => walk(c, [...path, c.title])),
  ];
  const report = JSON.parse(listOutput.slice(listOutput.indexOf('{'))) as { suites: Suite[] };
  // The top suites are files, which are not part of a test's title.
  return report.suites.flatMap((file) => walk(file, []));
}
