// `npm run plan [playwright args]`: what a run would create, without running it. Lists the tests Playwright would
// run (`playwright test --list`, same arguments, so `-- --grep @readonly` shows the read-only preset) and adds up
// each line's declared creation budget (config/creation-plan.ts) per project.
// Exit codes: 0 listed; Playwright's own code (78 for a bad setting) when listing fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CREATION_PLAN, planKey } from '../config/creation-plan.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ListedTest {
  projectName: string;
  annotations: { type: string; description?: string }[];
}
interface ListedSuite {
  file: string;
  specs?: { tags: string[]; tests: ListedTest[] }[];
  suites?: ListedSuite[];
}

function* listedTests(suite: ListedSuite, file: string): Generator<{ file: string; test: ListedTest; readonly: boolean }> {
  for (const spec of suite.specs ?? []) for (const test of spec.tests) yield { file, test, readonly: spec.tags.includes('readonly') };
  for (const child of suite.suites ?? []) yield* listedTests(child, file);
}

const list = spawnSync(path.join(repoRoot, 'node_modules/.bin/playwright'), ['test', '--list', '--reporter=json', ...process.argv.slice(2)], {
  cwd: repoRoot,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (list.status !== 0) {
  process.stderr.write(list.stderr);
  process.exit(list.status ?? 70);
}
const report = JSON.parse(list.stdout) as { suites: ListedSuite[] };

// project → plan entry → tests listed, and how many of them may write (@readonly tests create nothing)
const rows = new Map<string, Map<string, { tests: number; writing: number }>>();
for (const top of report.suites) {
  for (const { file, test, readonly } of listedTests(top, path.join('tests', top.file))) {
    const key = planKey(test.annotations.find((a) => a.type === 'checklist')?.description, file);
    const entries = rows.get(test.projectName) ?? new Map<string, { tests: number; writing: number }>();
    const counts = entries.get(key) ?? { tests: 0, writing: 0 };
    entries.set(key, { tests: counts.tests + 1, writing: counts.writing + (readonly ? 0 : 1) });
    rows.set(test.projectName, entries);
  }
}

const totals = new Map<string, number>();
const lines = [`${'project'.padEnd(16)} ${'plan entry'.padEnd(30)} tests  would create (at most)`];
for (const [project, entries] of rows) {
  for (const [key, { tests, writing }] of entries) {
    const budget = writing > 0 ? (CREATION_PLAN[key] ?? {}) : {};
    for (const [kind, n] of Object.entries(budget)) totals.set(kind, (totals.get(kind) ?? 0) + n);
    const creates = Object.entries(budget).map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing';
    lines.push(`${project.padEnd(16)} ${key.padEnd(30)} ${String(tests).padStart(5)}  ${creates}`);
  }
}
const total = [...totals].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing';
lines.push('', `A run with these arguments would create at most: ${total}. Nothing was run.`);
process.stdout.write(`${lines.join('\n')}\n`);
