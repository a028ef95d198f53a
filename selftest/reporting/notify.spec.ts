// The notifier against a real HTTP receiver on 127.0.0.1: it posts Slack JSON naming the target, the failed lines
// and the run link; posts a fallback when there is no sign-off; refuses to post a secret; reports a failing hook.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildSignoff } from '../../reporters/build-signoff.ts';
import { CHECKLIST } from '../../reporters/checklist.ts';
import type { TestRecord } from '../../reporters/signoff-model.ts';
import { startReceiver } from './receiver.ts';

const RUN_URL = 'https://github.com/acme/cmep-smoke/actions/runs/42';

function plantedSummary(appUrl: string): string {
  const record = (line: string, failed: boolean): TestRecord => ({
    title: `${line} check`,
    project: 'desktop',
    file: `tests/${line}.spec.ts`,
    outcome: failed ? 'unexpected' : 'expected',
    status: failed ? 'failed' : 'passed',
    retries: 0,
    durationMs: 10,
    annotations: [{ type: 'checklist', description: line }],
    errors: failed ? ['cookie cmep_session: SameSite=Lax'] : [],
    attachments: [],
  });
  const tests = CHECKLIST.map((l) => record(l.id, l.id === 'cookies-cors' || l.id === 'files'));
  const summary = buildSignoff(CHECKLIST, tests, {
    appUrl,
    apiUrl: 'https://api.cmep.test:8444',
    runId: 'notify-0001',
    commit: 'abc',
    startedAt: '2026-02-04T03:00:00Z',
    endedAt: '2026-02-04T03:05:00Z',
    runStatus: 'failed',
    runErrors: [],
  }, {});
  const file = test.info().outputPath('summary.json');
  fs.writeFileSync(file, JSON.stringify(summary));
  return file;
}

/** Runs the notifier asynchronously: the receiver lives in this process and must keep answering meanwhile. */
function notify(webhook: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SMOKE_WEBHOOK_URL: webhook };
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD', 'GITHUB_RUN_ID']) delete env[key];
  const child = spawn('npx', ['tsx', 'scripts/notify.ts', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('a failed run posts the target, the failed lines and the run link as Slack JSON', async () => {
  const receiver = await startReceiver();
  try {
    const run = await notify(receiver.url, '--summary', plantedSummary('https://cmep.test:8443'), '--run-url', RUN_URL);
    expect(run.status, run.stderr).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const [post] = receiver.received;
    expect(post!.path).toBe('/services/T000/B000/hook');
    expect(post!.contentType).toBe('application/json');
    const body = post!.body as { text: string; blocks: { text: { text: string } }[] };
    expect(body.text).toContain('https://cmep.test:8443');
    expect(body.text).toContain('*not signed off*');
    expect(body.text).toContain('Failed lines: cookies-cors, files');
    expect(body.text).toContain(`<${RUN_URL}|the run>`);
    expect(body.blocks.length).toBeGreaterThan(0);
  } finally {
    await receiver.close();
  }
});

test('without a sign-off it still posts that the harness failed; a refusing hook exits 70', async () => {
  const receiver = await startReceiver();
  const refusing = await startReceiver(500);
  try {
    const run = await notify(receiver.url, '--summary', test.info().outputPath('absent.json'), '--run-url', RUN_URL);
    expect(run.status, run.stderr).toBe(0);
    expect((receiver.received[0]!.body as { text: string }).text).toContain('produced no sign-off report');

    const failing = await notify(refusing.url, '--summary', test.info().outputPath('absent.json'));
    expect(failing.status).toBe(70);
    expect(failing.stderr).toContain('HTTP 500');
  } finally {
    await receiver.close();
    await refusing.close();
  }
});

test('a message that would carry a password is not posted', async () => {
  const receiver = await startReceiver();
  try {
    // User-info is stripped from URLs, so the twin's admin password is planted where nothing strips it: the path.
    const summary = plantedSummary('https://cmep.test:8443/twin-admin-1234');
    const run = await notify(receiver.url, '--summary', summary);
    expect(run.status).toBe(70);
    expect(run.stderr).toContain('refusing to post');
    expect(run.stderr).not.toContain('twin-admin-1234');
    expect(receiver.received).toHaveLength(0);
  } finally {
    await receiver.close();
  }
});

test('no webhook configured: nothing is posted and the run is not failed for it', async () => {
  const run = await notify('', '--summary', 'reports/signoff/summary.json');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('nothing posted');
});
