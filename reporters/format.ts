// Small text helpers shared by the markdown and HTML renderings of the sign-off.
import type { LineStatus } from './signoff-model.ts';

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export const STATUS_MARK: Record<LineStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skipped: '⏭️ skipped',
  'not run': '⚪ not run',
};

export function reportTitle(appUrl: string, version: string | null, runId: string): string {
  return `CMEP smoke — ${appUrl} — version ${version ?? 'unknown'} — run ${runId}`;
}
