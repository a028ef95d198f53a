// `npm run smoke [playwright args]`: the smoke run. Validates the configuration before anything starts, brings up
// the twin when it is the target, runs `playwright test` with the given arguments, and exits with a code that says
// who must act (docs: README "Exit codes").
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfigFromEnvironment } from '../config/index.ts';
import { repoRoot } from '../config/twin.ts';
import { readSummary } from './lib/pw-results.ts';
import { EXIT, exitCodeFor, withJsonReporter } from './lib/run-outcome.ts';
import { acquireTwin, StackError, type TwinSession } from './lib/twin-session.ts';

const resultsFile = path.resolve(repoRoot, process.env.CMEP_RESULTS_JSON ?? 'reports/results.json');

function runPlaywright(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/playwright'), ['test', ...withJsonReporter(args)], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, CMEP_RESULTS_JSON: resultsFile, PLAYWRIGHT_JSON_OUTPUT_FILE: resultsFile },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? EXIT.interrupted : EXIT.harnessError)));
  });
}

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfigFromEnvironment();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return EXIT.misconfigured;
    }
    throw err;
  }
  let twin: TwinSession | undefined;
  if (config.target === 'twin') {
    try {
      twin = await acquireTwin((line) => console.log(line));
    } catch (err) {
      console.error(`twin: ${(err as Error).message}`);
      return err instanceof StackError ? EXIT.misconfigured : EXIT.harnessError;
    }
  }
  try {
    return exitCodeFor(await runPlaywright(process.argv.slice(2)), readSummary(resultsFile));
  } finally {
    await twin?.release();
  }
}

process.exit(await main());
