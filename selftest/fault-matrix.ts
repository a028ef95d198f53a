// `npm run selftest [-- [--full] [fault…]]`: runs the fault matrix and writes test-results/fault-matrix.json, a markdown table
// beside it, and a closing line `faults detected: X/Y, precise: Z/Y`. Exits non-zero when the healthy run fails,
// a fault goes undetected, or a check exists that no fault breaks.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/twin.ts';
import { acquireTwin } from '../scripts/lib/twin-session.ts';
import { runMatrix, type MatrixResult } from './matrix/run-matrix.ts';

export function markdownTable(result: MatrixResult): string {
  const lines = [
    '| fault | detected | precise | expected to fail | unexpected failures | seconds |',
    '|---|---|---|---|---|---|',
    ...result.rows.map(
      (r) =>
        `| ${r.fault} | ${r.detected ? 'yes' : `**no** (missed: ${r.missed.join('; ')})`} | ${r.precise ? 'yes' : 'no'} | ` +
        `${r.expected.join('<br>')} | ${r.unexpectedFailures.join('<br>') || '—'} | ${r.seconds} |`,
    ),
  ];
  if (result.unguarded.length) lines.push('', 'Checks no fault breaks:', ...result.unguarded.map((t) => `- ${t}`));
  return lines.join('\n') + '\n';
}

const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => a !== '--full');
const started = Date.now();
const twin = await acquireTwin((line) => console.log(line));
let result: MatrixResult;
try {
  result = await runMatrix(twin, { only, full });
} finally {
  await twin.release();
}
const outDir = path.join(repoRoot, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const rows = result.rows.map(({ fault, expected, failed, unexpectedFailures, detected, seconds }) => ({
  fault,
  expected,
  failed,
  unexpectedFailures,
  detected,
  seconds,
}));
fs.writeFileSync(path.join(outDir, 'fault-matrix.json'), JSON.stringify(rows, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, 'fault-matrix.md'), markdownTable(result));
// npm test counts from this: the healthy run's tests plus one test per fault (passed = detected).
fs.writeFileSync(
  path.join(repoRoot, 'reports', 'matrix', 'counts.json'),
  JSON.stringify({
    passed: (result.healthy?.passed ?? 0) + result.rows.filter((r) => r.detected).length + (result.unguarded.length ? 0 : 1),
    failed: (result.healthy?.failed ?? 1) + (result.healthy?.flaky ?? 0) + result.rows.filter((r) => !r.detected).length + (result.unguarded.length ? 1 : 0),
  }),
);
const y = result.rows.length;
const x = result.rows.filter((r) => r.detected).length;
const z = result.rows.filter((r) => r.precise).length;
console.log(markdownTable(result));
console.log(`matrix wall time: ${((Date.now() - started) / 1000).toFixed(0)} s; healthy run ${result.healthyOk ? 'green' : 'NOT green'}`);
if (result.unguarded.length) console.log(`checks no fault breaks: ${result.unguarded.length}`);
console.log(`faults detected: ${x}/${y}, precise: ${z}/${y}`);
process.exit(result.healthyOk && x === y && result.unguarded.length === 0 ? 0 : 1);
