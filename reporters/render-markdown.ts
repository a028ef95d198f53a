// The sign-off as markdown: what gets pasted into a release ticket or a chat.
import { seconds, STATUS_MARK } from './format.ts';
import type { LineRow, Signoff, TestRow } from './signoff-model.ts';

/** Markdown table cells cannot hold pipes or newlines. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const cellList = (items: string[]) => cell(items.join('; ')) || '—';

function testLines(t: TestRow): string[] {
  const links = t.attachments.map((a) => `[${a.name}](${encodeURI(a.href)})`).join(', ');
  return [
    `- ${t.title} [${t.project}] — ${t.status}${t.outcome === 'flaky' ? ' (flaky)' : ''}, ${seconds(t.durationMs)}` +
      (t.retries ? `, ${t.retries} retries` : '') +
      (links ? ` — ${links}` : ''),
    ...t.errors.map((e) => `  - error: ${e}`),
    ...t.skipped.map((s) => `  - skipped: ${s}`),
  ];
}

function lineDetails(l: LineRow): string[] {
  if (l.tests.length === 0) return [];
  return [`### ${l.id} — ${l.line}`, '', ...l.tests.flatMap(testLines), ''];
}

export function renderMarkdown(s: Signoff, title: string): string {
  const e = s.environment;
  return [
    `# ${title}`,
    '',
    `**Verdict: ${s.verdict}**`,
    '',
    ...(s.reasons.length ? ['Why not:', '', ...s.reasons.map((r) => `- ${r}`), ''] : []),
    '| | |',
    '|---|---|',
    `| App | ${e.appUrl} |`,
    `| API | ${e.apiUrl} |`,
    `| App version | ${e.version ?? 'unknown (no version evidence)'} |`,
    `| Run id | ${e.runId} |`,
    `| Harness commit | ${e.commit} |`,
    `| Started | ${e.startedAt} |`,
    `| Ended | ${e.endedAt} |`,
    `| Tests | ${s.totals.tests} (passed ${s.totals.passed}, failed ${s.totals.failed}, skipped ${s.totals.skipped}, flaky ${s.totals.flaky}, retries ${s.totals.retries}) |`,
    '',
    '| Line | Checklist item | Status | Evidence | Created | Why | Time |',
    '|---|---|---|---|---|---|---|',
    ...s.lines.map(
      (l) =>
        `| ${l.id} | ${cell(l.line)} | ${STATUS_MARK[l.status]} | ${cellList(l.evidence)} | ${cellList(l.created)} | ${cellList(l.why)} | ${seconds(l.durationMs)} |`,
    ),
    '',
    '## Tests by line',
    '',
    ...s.lines.flatMap(lineDetails),
    ...(s.otherTests.length ? ['### Tests outside the checklist', '', ...s.otherTests.flatMap(testLines), ''] : []),
  ].join('\n');
}
