// The harness's own commit, so a signed-off report says exactly which checks produced it.
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function harnessCommit(repoRoot: string): string {
  const sha = git(repoRoot, ['rev-parse', '--short=12', 'HEAD']);
  if (!sha) return process.env.GITHUB_SHA?.slice(0, 12) ?? 'unknown';
  // A report from a modified checkout cannot be reproduced from the commit alone: say so.
  const dirty = git(repoRoot, ['status', '--porcelain', '--untracked-files=no']);
  return dirty ? `${sha} (uncommitted changes)` : sha;
}
