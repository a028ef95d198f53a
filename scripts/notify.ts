// Posts the run's outcome to a Slack-compatible webhook (SMOKE_WEBHOOK_URL, read from the environment only so the
// URL, itself a credential, never appears in a command line or a log).
//   npx tsx scripts/notify.ts [--summary reports/signoff/summary.json] [--run-url <url>]
// The run link defaults to the GitHub Actions run ($GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID).
// Before posting, the message is searched for every secret the run knows; a hit means nothing is sent.
// Exit codes: 0 posted (or no webhook configured); 70 refused or the webhook failed; 78 misconfigured.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { exitOnConfigError, loadConfigFromEnvironment } from '../config/index.ts';
import type { Signoff } from '../reporters/signoff-model.ts';
import { notificationFor } from './notification.ts';
import { runSecrets } from './run-secrets.ts';
import { DERIVED_PASSWORD_SHAPE, findSecrets } from './secret-forms.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXIT_HARNESS = 70;
const EXIT_MISCONFIGURED = 78;

function githubRunUrl(env: NodeJS.ProcessEnv): string | null {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : null;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { summary: { type: 'string' }, 'run-url': { type: 'string' } } });
  const webhook = process.env.SMOKE_WEBHOOK_URL;
  if (!webhook) {
    process.stdout.write('notify: SMOKE_WEBHOOK_URL is not set: nothing posted\n');
    return 0;
  }
  if (!URL.canParse(webhook) || !/^https?:$/.test(new URL(webhook).protocol)) {
    process.stderr.write('notify: SMOKE_WEBHOOK_URL must be an http(s) URL\n');
    return EXIT_MISCONFIGURED;
  }
  const summaryPath = path.resolve(repoRoot, values.summary ?? 'reports/signoff/summary.json');
  const summary = fs.existsSync(summaryPath) ? (JSON.parse(fs.readFileSync(summaryPath, 'utf8')) as Signoff) : null;

  let config;
  try {
    config = loadConfigFromEnvironment();
  } catch (err) {
    exitOnConfigError(err);
  }
  const message = notificationFor(summary, values['run-url'] ?? githubRunUrl(process.env), config.appUrl);
  const body = JSON.stringify(message);
  const leaks = findSecrets(body, runSecrets(summary?.environment.runId ?? process.env.CMEP_RUN_ID ?? null));
  if (leaks.length || DERIVED_PASSWORD_SHAPE.test(body)) {
    process.stderr.write(`notify: refusing to post, the message would contain a secret (${leaks.map((l) => l.label).join(', ') || 'a run-derived password'})\n`);
    return EXIT_HARNESS;
  }
  const response = await fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (!response.ok) {
    process.stderr.write(`notify: the webhook answered HTTP ${response.status}\n`);
    return EXIT_HARNESS;
  }
  process.stdout.write(`notify: posted (${summary ? summary.verdict : 'no sign-off'})\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
