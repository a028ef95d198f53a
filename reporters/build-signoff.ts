// Turns what a run did (one TestRecord per test and project) into the sign-off: one row per checklist line, in
// the checklist's order, and a single verdict. Pure: every input is data, so the rules are unit-tested directly.
import { ANNOTATION, type ChecklistLine } from './checklist.ts';
import { createdKind, planKey, type CreationPlan } from '../config/creation-plan.ts';

export { createdKind };
import type { LineRow, LineStatus, RunFacts, Signoff, TestRecord, TestRow } from './signoff-model.ts';

// `version: 0.1.0` per the conventions; `API version 0.1.0` is what tests/preflight.spec.ts writes today.
const VERSION_EVIDENCE = /^(?:API )?version:?\s+(\S+)$/;
const SKIP_TYPES = new Set([ANNOTATION.skip, 'fixme']);

const describe = (a: { description?: string }) => a.description?.trim() || '(no reason given)';
const unique = (items: string[]) => [...new Set(items)];

function toRow(t: TestRecord): TestRow {
  const of = (type: string) => t.annotations.filter((a) => a.type === type).map(describe);
  const skipped = [
    ...(t.outcome === 'skipped' ? t.annotations.filter((a) => SKIP_TYPES.has(a.type)).map(describe) : []),
    ...of(ANNOTATION.skippedCheck),
  ];
  return {
    title: t.title,
    project: t.project,
    file: t.file,
    outcome: t.outcome,
    status: t.status,
    retries: t.retries,
    durationMs: t.durationMs,
    evidence: unique(of(ANNOTATION.evidence)),
    created: unique(of(ANNOTATION.created)),
    skipped: unique(t.outcome === 'skipped' && skipped.length === 0 ? ['skipped (no reason given)'] : skipped),
    errors: t.errors,
    attachments: t.attachments,
  };
}

const label = (r: TestRow) => `${r.title} [${r.project}]`;

function lineStatus(tests: TestRow[]): LineStatus {
  if (tests.length === 0) return 'not run';
  if (tests.some((t) => t.outcome === 'unexpected')) return 'fail';
  if (tests.every((t) => t.outcome === 'skipped')) return 'skipped';
  return 'pass';
}

function lineWhy(status: LineStatus, tests: TestRow[]): string[] {
  if (status === 'not run') return ['no test declares this line'];
  return unique(
    tests.flatMap((t) => [
      ...(t.outcome === 'unexpected' ? [`${label(t)}: ${t.status}${t.errors[0] ? ` — ${t.errors[0]}` : ''}`] : []),
      ...(t.outcome === 'flaky' ? [`${label(t)}: flaky (passed after ${t.retries} retr${t.retries === 1 ? 'y' : 'ies'})`] : []),
      ...t.skipped.map((s) => `skipped: ${s}`),
    ]),
  );
}


/** Creations beyond the plan, counted over the whole run per project and plan entry (line, else spec file). */
function planOverruns(tests: { row: TestRow; line: string | undefined }[], plan: CreationPlan): string[] {
  const counts = new Map<string, number>();
  for (const { row, line } of tests) {
    for (const c of row.created) {
      const key = [row.project, planKey(line, row.file), createdKind(c)].join('\u0000');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].flatMap(([key, n]) => {
    const [project, entry, kind] = key.split('\u0000') as [string, string, string];
    const allowed = plan[entry]?.[kind] ?? 0;
    return n > allowed ? [`${entry} [${project}] created ${n} ${kind} (plan allows ${allowed})`] : [];
  });
}

export function buildSignoff(checklist: readonly ChecklistLine[], tests: TestRecord[], run: RunFacts, plan: CreationPlan): Signoff {
  const known = new Set(checklist.map((l) => l.id));
  const rows = tests.map((t) => ({ record: t, row: toRow(t) }));
  const lineOf = (t: TestRecord) =>
    t.annotations.find((a) => a.type === ANNOTATION.checklist && known.has(a.description?.trim() ?? ''))?.description?.trim();

  const lines: Array<LineRow & { optional?: true }> = checklist.map(({ id, line, optional }) => {
    const lineTests = rows.filter((r) => lineOf(r.record) === id).map((r) => r.row);
    const status = lineStatus(lineTests);
    return {
      id,
      line,
      status,
      why: lineWhy(status, lineTests),
      evidence: unique(lineTests.flatMap((t) => t.evidence)),
      created: unique(lineTests.flatMap((t) => t.created)),
      durationMs: lineTests.reduce((sum, t) => sum + t.durationMs, 0),
      tests: lineTests,
      ...(optional ? { optional } : {}),
    };
  });
  const otherTests = rows.filter((r) => lineOf(r.record) === undefined).map((r) => r.row);
  const all = rows.map((r) => r.row);

  const totals = {
    tests: all.length,
    passed: all.filter((t) => t.outcome === 'expected' && t.status !== 'skipped').length,
    failed: all.filter((t) => t.outcome === 'unexpected').length,
    skipped: all.filter((t) => t.outcome === 'skipped').length,
    flaky: all.filter((t) => t.outcome === 'flaky').length,
    retries: all.reduce((sum, t) => sum + t.retries, 0),
  };

  const unknownLines = unique(
    tests.flatMap((t) =>
      t.annotations.filter((a) => a.type === ANNOTATION.checklist && !known.has(a.description?.trim() ?? '')).map((a) => `"${a.description ?? ''}"`),
    ),
  );
  const reasons = [
    ...lines
      .filter((l) => l.status !== 'pass' && !(l.optional && l.status === 'skipped'))
      .map((l) => `${l.id}: ${l.status}`),
    ...otherTests.filter((t) => t.outcome === 'unexpected').map((t) => `${label(t)} failed outside any checklist line`),
    ...(unknownLines.length ? [`unknown checklist id ${unknownLines.join(', ')}`] : []),
    ...(totals.retries > 0 ? [`${totals.retries} retr${totals.retries === 1 ? 'y' : 'ies'} (a sign-off needs retries 0)`] : []),
    ...(totals.flaky > 0 ? [`${totals.flaky} flaky test${totals.flaky === 1 ? '' : 's'}`] : []),
    ...planOverruns(rows.map((r) => ({ row: r.row, line: lineOf(r.record) })), plan).map((o) => `plan exceeded: ${o}`),
    ...run.runErrors.map((e) => `run error: ${e}`),
    ...(run.runStatus !== 'passed' ? [`run status ${run.runStatus}`] : []),
  ];

  const version =
    all.flatMap((t) => t.evidence).map((e) => VERSION_EVIDENCE.exec(e)?.[1]?.trim()).find((v) => v !== undefined) ?? null;

  return {
    verdict: reasons.length === 0 ? 'signed off' : 'not signed off',
    reasons: unique(reasons),
    environment: {
      appUrl: run.appUrl,
      apiUrl: run.apiUrl,
      version,
      runId: run.runId,
      commit: run.commit,
      startedAt: run.startedAt,
      endedAt: run.endedAt,
    },
    lines,
    otherTests,
    totals,
  };
}
