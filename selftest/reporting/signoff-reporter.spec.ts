// The reporter end to end on a tiny sample suite: the sign-off files, every checklist line, the failing line
// named with a linked screenshot and trace, the HTML report titled with target, version and run id, JUnit XML.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHECKLIST } from '../../reporters/checklist.ts';
import type { Signoff } from '../../reporters/signoff-model.ts';

/** The caller's own PLAYWRIGHT_HTML_TITLE would win over the reporter's: run the sample without it. */
function withoutHtmlTitle(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { PLAYWRIGHT_HTML_TITLE: _ignored, ...rest } = env;
  return rest;
}

test('a sample run yields sign-off HTML, markdown, summary JSON, the titled HTML report and JUnit', async () => {
  const out = test.info().outputPath('sample');
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'selftest/reporting/sample-suite', 'lines.sample.ts'], {
    env: { ...withoutHtmlTitle(process.env), SAMPLE_OUTPUT_ROOT: out, CI: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(1);

  const summary = JSON.parse(fs.readFileSync(path.join(out, 'reports/signoff/summary.json'), 'utf8')) as Signoff;
  expect(summary.lines.map((l) => [l.id, l.status])).toEqual(
    CHECKLIST.map((l) => [l.id, l.id === 'preflight' ? 'pass' : l.id === 'cookies-cors' ? 'fail' : 'not run']),
  );
  expect(summary.verdict).toBe('not signed off');
  expect(summary.environment).toMatchObject({ appUrl: 'https://cmep.test:8443', version: '9.9.9', runId: 'sample-0001' });
  expect(summary.environment.commit).toMatch(/^[0-9a-f]{7,}/);

  const failing = summary.lines.find((l) => l.id === 'cookies-cors')!;
  const links = failing.tests[0]!.attachments;
  expect(links.map((a) => a.name).sort()).toEqual(['cookie screenshot', 'trace']);
  for (const a of links) expect(fs.existsSync(path.join(out, 'reports/signoff', a.href)), a.href).toBe(true);

  const md = fs.readFileSync(path.join(out, 'reports/signoff/signoff.md'), 'utf8');
  expect(md).toContain('**Verdict: not signed off**');
  expect(md).toMatch(/\| cookies-cors \| Verify CORS and cookies \| ❌ fail \|/);
  const html = fs.readFileSync(path.join(out, 'reports/signoff/signoff.html'), 'utf8');
  for (const a of links) expect(html).toContain(`href="${a.href}"`);

  // The HTML report keeps its data zipped inside index.html; the title is in that data, so ask the report itself.
  const report = fs.readFileSync(path.join(out, 'playwright-report/index.html'), 'utf8');
  expect(report.length).toBeGreaterThan(1000);
  expect(execFileSync('npx', ['tsx', 'selftest/reporting/html-report-title.ts', path.join(out, 'playwright-report')], { encoding: 'utf8' }).trim()).toBe(
    'CMEP smoke — https://cmep.test:8443 — version 9.9.9 — run sample-0001',
  );

  const junit = fs.readFileSync(path.join(out, 'reports/junit.xml'), 'utf8');
  expect(junit).toMatch(/<testsuites[^>]*tests="2"[^>]*failures="1"/);
});
