// Runs the smoke suite (or any npx command) as a child process without blocking this process's event loop (the
// notifier test's receiver lives here), with a fresh run id and the console captured to reports/console/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Signoff } from '../../reporters/signoff-model.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTROL_URL = `http://127.0.0.1:${process.env.TWIN_CONTROL_PORT ?? 8445}`;

export interface Finished {
  status: number | null;
  output: string;
}

/** The twin is the target: no remote URL or foreign credential may leak in from the caller's environment. */
export function twinEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', ...extra };
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD', 'PLAYWRIGHT_HTML_TITLE', 'CMEP_REDACT_TRACES']) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

export function npx(args: string[], env: NodeJS.ProcessEnv, consoleLog?: string): Promise<Finished> {
  const child = spawn('npx', args, { cwd: repoRoot, env });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (consoleLog) {
        fs.mkdirSync(path.join(repoRoot, 'reports/console'), { recursive: true });
        fs.writeFileSync(path.join(repoRoot, 'reports/console', consoleLog), output);
      }
      resolve({ status, output });
    });
  });
}

export function readSummary(): Signoff {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'reports/signoff/summary.json'), 'utf8')) as Signoff;
}

export async function setFaults(active: string[]): Promise<void> {
  const response = await fetch(`${CONTROL_URL}/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ active }),
  });
  if (!response.ok) throw new Error(`PUT /faults answered ${response.status}`);
}

export const newRunId = (label: string) => `${Math.floor(Date.now() / 1000).toString(36)}-${label}`;
