// Runs the smoke suite (or any npx command) as a child process without blocking this process's event loop (the
// notifier test's receiver lives here), with a fresh run id and the console captured to reports/console/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, twinSettings } from '../../config/twin.ts';
import type { Signoff } from '../../reporters/signoff-model.ts';
import { setTwinFaults } from '../../scripts/lib/twin-session.ts';

export { repoRoot };
export const CONTROL_URL = twinSettings().controlUrl;

export interface Finished {
  status: number | null;
  output: string;
}

/** The twin is the target: no remote URL or foreign credential may leak in from the caller's environment. */
export function twinEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', ...extra };
  // The report files of the run that runs these tests (npm test) are not the inner runs' to write.
  const outer = ['CMEP_RESULTS_JSON', 'PLAYWRIGHT_JSON_OUTPUT_FILE'];
  for (const key of ['CMEP_APP_URL', 'CMEP_API_URL', 'CMEP_ADMIN_PASSWORD', 'PLAYWRIGHT_HTML_TITLE', 'CMEP_REDACT_TRACES', ...outer]) {
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

export const setFaults = (active: string[]) => setTwinFaults(twinSettings(), active);

export const newRunId = (label: string) => `${Math.floor(Date.now() / 1000).toString(36)}-${label}`;
