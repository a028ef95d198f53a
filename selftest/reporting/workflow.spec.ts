// The nightly workflow validates against GitHub's published schema (@action-validator/core) and has the shape
// operations rely on: nightly schedule + manual dispatch, 2+ blob shards merged, secrets from the repository,
// writes allowed, artifacts scanned before upload, a notifier gated on the webhook secret.
import fs from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const source = fs.readFileSync('.github/workflows/nightly.yml', 'utf8');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix?: { shard?: number[] } };
  steps: Step[];
}
const workflow = parse(source) as { on: Record<string, unknown>; env: Record<string, string>; jobs: Record<string, Job> };
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

test('the workflow file validates against the GitHub Actions schema', () => {
  const state = validateWorkflow(source);
  expect(state.errors).toEqual([]);
});

test('nightly and on demand, credentials only from secrets, writes allowed', () => {
  expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  for (const name of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_EMAIL', 'CMEP_ADMIN_PASSWORD', 'CMEP_DB_URL']) {
    expect(workflow.env[name]).toBe(`\${{ secrets.${name} }}`);
  }
  expect(workflow.env.CMEP_ALLOW_WRITES).toBe('true');
});

test('shards write blob reports that one job merges, scans, uploads and notifies about', () => {
  const smoke = workflow.jobs.smoke!;
  const shards = smoke.strategy!.matrix!.shard!;
  expect(shards.length).toBeGreaterThanOrEqual(2);
  expect(runs(smoke)).toContain(`--shard=\${{ matrix.shard }}/${shards.length}`);
  expect(runs(smoke)).toMatch(/--reporter=\S*blob/);
  expect(runs(smoke)).toContain('npm ci');
  expect(runs(smoke)).toContain('scripts/setup-system.sh');

  // One job sets the staff's run password before the shards start, so parallel shards never reset it.
  expect(smoke.needs).toContain('staff');
  expect(runs(workflow.jobs.staff!)).toContain('--project=setup');

  const report = workflow.jobs.report!;
  expect(report.needs).toContain('smoke');
  const steps = runs(report);
  expect(steps).toContain('npx playwright merge-reports --config reporters/merge.config.ts');
  const order = (text: string) => report.steps.findIndex((s) => (s.run ?? s.uses ?? '').includes(text));
  expect(order('scan-secrets')).toBeGreaterThan(order('merge-reports'));
  expect(order('upload-artifact')).toBeGreaterThan(order('scan-secrets'));
  const notify = report.steps.find((s) => s.run?.includes('scripts/notify.ts'))!;
  expect(notify.if).toContain("env.SMOKE_WEBHOOK_URL != ''");
});
