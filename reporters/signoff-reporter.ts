// Playwright reporter that writes the release sign-off: reports/signoff/{signoff.html,signoff.md,summary.json}.
// It works the same in a normal run and in `playwright merge-reports` (it reads only the final suite tree), so
// sharded nightly runs get one sign-off. Listed BEFORE 'html' by reporters(): it sets the HTML report's title
// once the app version is known (see onEnd).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError } from '@playwright/test/reporter';
import { CREATION_PLAN } from '../config/creation-plan.ts';
import { buildSignoff } from './build-signoff.ts';
import { CHECKLIST } from './checklist.ts';
import { copyAttachments } from './copy-attachments.ts';
import { reportTitle } from './format.ts';
import { harnessCommit } from './git-commit.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { TestRecord } from './signoff-model.ts';

export interface SignoffReporterOptions {
  appUrl: string;
  apiUrl: string;
  /** Null when the config generates it: then CMEP_RUN_ID, exported by the config, is read at onBegin. */
  runId: string | null;
  /** Absolute, or relative to the repo root; defaults to reports/signoff. */
  outputDir?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Playwright's error messages carry terminal colour codes: keep them out of the report.
const ANSI = /\u001b\[[0-9;]*m/g;

const firstLine = (e: TestError) => (e.message ?? e.value ?? 'error').replace(ANSI, '').split('\n')[0]!.trim();

export default class SignoffReporter implements Reporter {
  private readonly options: SignoffReporterOptions;
  private readonly outputDir: string;
  private suite: Suite | undefined;
  private runId = 'unknown';
  private readonly runErrors: string[] = [];
  // Only a title this reporter set may be replaced: a PLAYWRIGHT_HTML_TITLE from the user wins.
  private readonly userTitle = process.env.PLAYWRIGHT_HTML_TITLE;

  constructor(options: SignoffReporterOptions) {
    this.options = options;
    this.outputDir = path.resolve(repoRoot, options.outputDir ?? 'reports/signoff');
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
    this.runId = this.options.runId ?? process.env.CMEP_RUN_ID ?? 'unknown';
  }

  onError(error: TestError): void {
    this.runErrors.push(firstLine(error));
  }

  private record(test: TestCase): TestRecord {
    const last = test.results[test.results.length - 1];
    const annotations = [...test.annotations, ...test.results.flatMap((r) => r.annotations)];
    return {
      title: test.titlePath().slice(3).join(' › '),
      project: test.parent.project()?.name ?? '',
      file: path.relative(repoRoot, test.location.file).split(path.sep).join('/'),
      outcome: test.outcome(),
      status: last?.status ?? 'skipped',
      retries: Math.max(0, test.results.length - 1),
      durationMs: test.results.reduce((sum, r) => sum + r.duration, 0),
      // The same annotation appears on the test and on each attempt: keep one.
      annotations: [...new Map(annotations.map((a) => [`${a.type}\u0000${a.description ?? ''}`, a])).values()],
      errors: (last?.errors ?? []).map(firstLine),
      attachments: copyAttachments(test.results, this.outputDir),
    };
  }

  onEnd(result: FullResult): void {
    fs.rmSync(this.outputDir, { recursive: true, force: true });
    fs.mkdirSync(this.outputDir, { recursive: true });
    const tests = (this.suite?.allTests() ?? []).map((t) => this.record(t));
    const signoff = buildSignoff(
      CHECKLIST,
      tests,
      {
        appUrl: this.options.appUrl,
        apiUrl: this.options.apiUrl,
        runId: this.runId,
        commit: harnessCommit(repoRoot),
        startedAt: result.startTime.toISOString(),
        endedAt: new Date().toISOString(),
        runStatus: result.status,
        runErrors: this.runErrors,
      },
      CREATION_PLAN,
    );
    const title = reportTitle(signoff.environment.appUrl, signoff.environment.version, signoff.environment.runId);
    fs.writeFileSync(path.join(this.outputDir, 'signoff.html'), renderHtml(signoff, title));
    fs.writeFileSync(path.join(this.outputDir, 'signoff.md'), renderMarkdown(signoff, title));
    fs.writeFileSync(path.join(this.outputDir, 'summary.json'), `${JSON.stringify(signoff, null, 2)}\n`);
    // The version is only known from the preflight's evidence, i.e. after the tests ran; Playwright's HTML
    // reporter reads PLAYWRIGHT_HTML_TITLE in its own onEnd, which runs after this one.
    if (!this.userTitle) process.env.PLAYWRIGHT_HTML_TITLE = title;
  }
}
