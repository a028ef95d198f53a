// `npm run bench`: measures what the README promises, on this machine, by wall clock:
//   - the twin's warm start (stack up and answering, data dir, TLS and SPA build already made), median of 3;
//   - the full smoke run (desktop + both mobile projects) on a warm twin, median of 5, and where its time goes.
// Nothing here asserts a time; it prints figures for the README and the closing notes.
import path from 'node:path';
import { repoRoot, twinSettings } from '../config/twin.ts';
import { startStack } from '../twin/stack.ts';
import { runPlaywrightTest, type PlaywrightRun } from './lib/playwright-run.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs = Number(process.env.BENCH_RUNS ?? 5);

async function timeTwinStart(): Promise<number> {
  const started = Date.now();
  const stack = await startStack(twinSettings());
  const seconds = (Date.now() - started) / 1000;
  await stack.stop();
  return seconds;
}

function smokeRun(i: number): Promise<PlaywrightRun> {
  return runPlaywrightTest(['--reporter=dot,json'], path.join(repoRoot, 'reports', 'bench', `run-${i}.json`), { quiet: true });
}

// Warm the stack's one-time work (data dir, TLS) so that the first timed start is warm too.
await timeTwinStart();
const starts = [await timeTwinStart(), await timeTwinStart(), await timeTwinStart()];
console.log(`twin warm start: median ${median(starts).toFixed(1)} s (runs: ${starts.map((s) => s.toFixed(1)).join(', ')})`);

const stack = await startStack(twinSettings());
try {
  const results = [];
  for (let i = 1; i <= runs; i++) {
    const r = await smokeRun(i);
    results.push(r);
    console.log(`smoke run ${i}: ${r.seconds.toFixed(1)} s, ${r.summary?.passed ?? 0} passed, ${r.summary?.failed ?? '?'} failed (exit ${r.code})`);
  }
  const seconds = results.map((r) => r.seconds);
  console.log(`full smoke run on a warm twin: median ${median(seconds).toFixed(1)} s over ${runs} runs`);
  // Where the time goes: summed test time per project and per spec file, from the median run.
  const mid = results.find((r) => r.seconds === median(seconds))!;
  const byKey = new Map<string, number>();
  for (const t of mid.summary?.tests ?? []) {
    const key = `${t.project.padEnd(15)} ${t.file}`;
    byKey.set(key, (byKey.get(key) ?? 0) + t.duration / 1000);
  }
  console.log('test time by project and spec (summed over 2 workers, so it exceeds wall time):');
  for (const [key, s] of [...byKey].sort((a, b) => b[1] - a[1])) console.log(`  ${s.toFixed(1).padStart(6)} s  ${key}`);
} finally {
  await stack.stop();
}
