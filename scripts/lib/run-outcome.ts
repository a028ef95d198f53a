// How a smoke run's outcome becomes the exit code that tells a scheduler whom to page (README "Exit codes").
import type { RunSummary } from './pw-results.ts';

/** The phrase tests/preflight.spec.ts puts in a failure when the target gave no HTTP answer. */
export const UNREACHABLE = 'target unreachable';

export const EXIT = { ok: 0, checkFailed: 1, unreachable: 3, harnessError: 70, misconfigured: 78, interrupted: 130 } as const;

/**
 * A `--reporter` on the command line replaces the config's reporters, json included; the exit code needs that
 * report, so json is added to the given list (it writes to PLAYWRIGHT_JSON_OUTPUT_FILE).
 */
export function withJsonReporter(args: string[]): string[] {
  const hasJson = (list: string) => list.split(',').includes('json');
  return args.map((arg, i) => {
    if (arg.startsWith('--reporter=')) return hasJson(arg.slice('--reporter='.length)) ? arg : `${arg},json`;
    if (args[i - 1] === '--reporter' && !hasJson(arg)) return `${arg},json`;
    return arg;
  });
}

/** Playwright says only "something failed" (1); its report tells a broken target from an unreachable one. */
export function exitCodeFor(playwrightCode: number, summary: RunSummary | undefined): number {
  if (playwrightCode === EXIT.ok || playwrightCode === EXIT.misconfigured || playwrightCode === EXIT.interrupted) {
    return playwrightCode;
  }
  if (!summary) return EXIT.harnessError;
  const failed = summary.tests.filter((t) => t.outcome === 'failed');
  // Preflight says "target unreachable" only when no HTTP answer came (DNS, connection, TLS).
  if (failed.some((t) => t.project === 'preflight' && t.message.includes(UNREACHABLE))) return EXIT.unreachable;
  if (failed.length > 0 || summary.flaky > 0) return EXIT.checkFailed;
  return EXIT.harnessError;
}
