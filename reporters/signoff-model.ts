// Plain data shapes of the sign-off: what the reporter collects from Playwright (TestRecord, RunFacts) and what
// the pure builder returns (Signoff). Kept free of Playwright types so the builder can be unit-tested with literals.

/** Playwright's TestCase.outcome(). */
export type Outcome = 'expected' | 'unexpected' | 'flaky' | 'skipped';
export type ResultStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

export interface Annotation {
  type: string;
  description?: string;
}

/** An attachment already copied next to the sign-off report: `href` is relative to reports/signoff/. */
export interface LinkedAttachment {
  name: string;
  contentType: string;
  href: string;
}

export interface TestRecord {
  /** Describe blocks and test title, without project and file. */
  title: string;
  project: string;
  /** Spec path relative to the repo root, with forward slashes. */
  file: string;
  outcome: Outcome;
  /** Status of the last attempt. */
  status: ResultStatus;
  /** Attempts beyond the first. */
  retries: number;
  durationMs: number;
  annotations: Annotation[];
  /** First line of each error of the last attempt. */
  errors: string[];
  attachments: LinkedAttachment[];
}

export interface RunFacts {
  appUrl: string;
  apiUrl: string;
  runId: string;
  /** `abc1234` or `abc1234 (uncommitted changes)`; `unknown` outside a git checkout. */
  commit: string;
  startedAt: string;
  endedAt: string;
  /** Playwright's FullResult.status. */
  runStatus: 'passed' | 'failed' | 'timedout' | 'interrupted';
  /** Errors outside any test (global setup, config, worker crash). */
  runErrors: string[];
}

export type LineStatus = 'pass' | 'fail' | 'skipped' | 'not run';

/** A test as the sign-off shows it: its record, with the annotations sorted into evidence, created and skipped. */
export interface TestRow extends Omit<TestRecord, 'annotations'> {
  evidence: string[];
  created: string[];
  /** Skip reasons and `skipped-check` annotations. */
  skipped: string[];
}

export interface LineRow {
  id: string;
  line: string;
  status: LineStatus;
  /** Why the line is not a plain pass: failures, skip reasons, skipped checks, flakiness. */
  why: string[];
  evidence: string[];
  created: string[];
  durationMs: number;
  tests: TestRow[];
}

export interface Signoff {
  verdict: 'signed off' | 'not signed off';
  /** Every reason the verdict is not "signed off"; empty when it is. */
  reasons: string[];
  environment: {
    appUrl: string;
    apiUrl: string;
    version: string | null;
    runId: string;
    commit: string;
    startedAt: string;
    endedAt: string;
  };
  lines: LineRow[];
  /** Tests that declare no known checklist line (setup, teardown, typos): shown so nothing fails unseen. */
  otherTests: TestRow[];
  totals: { tests: number; passed: number; failed: number; skipped: number; flaky: number; retries: number };
}
