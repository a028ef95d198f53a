// The sign-off as one self-contained HTML page (no scripts, inline CSS) that can be archived with its files/.
import { seconds, STATUS_MARK } from './format.ts';
import type { LineRow, Signoff, TestRow } from './signoff-model.ts';

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '—');

function testItem(t: TestRow): string {
  const links = t.attachments.map((a) => `<a href="${esc(encodeURI(a.href))}">${esc(a.name)}</a>`).join(' · ');
  return (
    `<li><span class="${esc(t.outcome)}">${esc(t.status)}${t.outcome === 'flaky' ? ' (flaky)' : ''}</span> ` +
    `${esc(t.title)} <small>[${esc(t.project)}] ${seconds(t.durationMs)}${t.retries ? `, ${t.retries} retries` : ''}</small>` +
    (links ? ` — ${links}` : '') +
    (t.errors.length || t.skipped.length ? list([...t.errors.map((e) => `error: ${e}`), ...t.skipped.map((s) => `skipped: ${s}`)]) : '') +
    '</li>'
  );
}

function lineRow(l: LineRow): string {
  return `<tr class="${l.status.replace(' ', '-')}">
<td><code>${esc(l.id)}</code></td><td>${esc(l.line)}</td><td class="status">${STATUS_MARK[l.status]}</td>
<td>${list(l.evidence)}</td><td>${list(l.created)}</td><td>${list(l.why)}</td><td>${seconds(l.durationMs)}</td>
<td>${l.tests.length ? `<details><summary>${l.tests.length} test${l.tests.length === 1 ? '' : 's'}</summary><ul>${l.tests.map(testItem).join('')}</ul></details>` : '—'}</td>
</tr>`;
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}ul{margin:0;padding-left:1.2em}
tr.fail{background:#fde8e8}tr.skipped,tr.not-run{background:#f4f4f4}.verdict{font-size:1.4em;font-weight:bold}
.signed{color:#1a7f37}.not-signed{color:#c0392b}.unexpected{color:#c0392b;font-weight:bold}.flaky{color:#b8860b}`;

export function renderHtml(s: Signoff, title: string): string {
  const e = s.environment;
  const env: [string, string][] = [
    ['App', e.appUrl],
    ['API', e.apiUrl],
    ['App version', e.version ?? 'unknown (no version evidence)'],
    ['Run id', e.runId],
    ['Harness commit', e.commit],
    ['Started', e.startedAt],
    ['Ended', e.endedAt],
    ['Tests', `${s.totals.tests} (passed ${s.totals.passed}, failed ${s.totals.failed}, skipped ${s.totals.skipped}, flaky ${s.totals.flaky}, retries ${s.totals.retries})`],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>
<h1>${esc(title)}</h1>
<p class="verdict ${s.verdict === 'signed off' ? 'signed' : 'not-signed'}">Verdict: ${esc(s.verdict)}</p>
${s.reasons.length ? `<p>Why not:</p>${list(s.reasons)}` : ''}
<table>${env.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>
<h2>Checklist</h2>
<table><thead><tr><th>Line</th><th>Checklist item</th><th>Status</th><th>Evidence</th><th>Created</th><th>Why</th><th>Time</th><th>Tests</th></tr></thead>
<tbody>${s.lines.map(lineRow).join('\n')}</tbody></table>
${s.otherTests.length ? `<h2>Tests outside the checklist</h2><ul>${s.otherTests.map(testItem).join('')}</ul>` : ''}
</body></html>
`;
}
