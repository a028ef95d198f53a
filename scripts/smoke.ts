// `npm run smoke [playwright args]`: the smoke run. Validates the configuration before anything starts, brings up
// the twin when it is the target, runs `playwright test` with the given arguments, and exits with a code that says
// who must act (docs: README "Exit codes").
import path from 'node:path';
import { ConfigError, loadConfigFromEnvironment } from '../config/index.ts';
import { repoRoot } from '../config/twin.ts';
import { runPlaywrightTest } from './lib/playwright-run.ts';
import { EXIT, exitCodeFor, withJsonReporter } from './lib/run-outcome.ts';
import { acquireTwin, StackError, type TwinSession } from './lib/twin-session.ts';

const resultsFile = path.resolve(repoRoot, process.env.CMEP_RESULTS_JSON ?? 'reports/results.json');

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
    const run = await runPlaywrightTest(withJsonReporter(process.argv.slice(2)), resultsFile);
    const code = run.code ?? (run.signal ? EXIT.interrupted : EXIT.harnessError);
    return exitCodeFor(code, run.summary);
  } finally {
    await twin?.release();
  }
}

process.exit(await main());
