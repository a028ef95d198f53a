// Runs `playwright test` as a child process with its JSON report in a given file, and reads that report back: the
// one way the smoke runner, npm test, the fault matrix and the benchmark start a run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config/twin.ts';
import { readSummary, type RunSummary } from './pw-results.ts';

export interface PlaywrightRun {
  /** The exit code; null when a signal ended the run. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The JSON report, or undefined when the run wrote none (it did not get as far as reporting). */
  summary: RunSummary | undefined;
  seconds: number;
}

/**
 * `resultsFile` receives the JSON report whether the json reporter comes from the config (CMEP_RESULTS_JSON) or
 * from the command line (PLAYWRIGHT_JSON_OUTPUT_FILE); a report left by an earlier run is removed first, so a run
 * that writes none is never judged by an old one. `quiet` keeps the child's stdout out of this process's output.
 */
export function runPlaywrightTest(args: string[], resultsFile: string, { quiet = false } = {}): Promise<PlaywrightRun> {
  fs.rmSync(resultsFile, { force: true });
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/playwright'), ['test', ...args], {
      cwd: repoRoot,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, CMEP_RESULTS_JSON: resultsFile, PLAYWRIGHT_JSON_OUTPUT_FILE: resultsFile },
    });
    child.on('exit', (code, signal) =>
      resolve({ code, signal, summary: readSummary(resultsFile), seconds: (Date.now() - started) / 1000 }),
    );
  });
}
