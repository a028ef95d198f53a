// Removes the run's passwords from trace files as each test ends, before the HTML, blob and sign-off reporters
// copy them (they do so at onEnd). Needed because typing a password through the UI login (pages/secret-input.ts)
// records the value as the evaluate call's argument in the trace. Must be the FIRST reporter; sharded runs use
// `--reporter=./reporters/redact-traces.ts,blob`.
// CMEP_REDACT_TRACES=off turns it off: only for the selftest that proves the secret scanner finds a leak.
import fs from 'node:fs';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { runSecrets } from '../scripts/run-secrets.ts';
import { redactSecrets, type LabeledSecret } from '../scripts/secret-forms.ts';
import { zipEntries, zipFromEntries } from '../scripts/zip-entries.ts';

export default class RedactTraces implements Reporter {
  private secrets: LabeledSecret[] = [];
  private readonly enabled = process.env.CMEP_REDACT_TRACES !== 'off';

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: FullConfig): void {
    // The config has exported CMEP_RUN_ID by now: the derived passwords can be recomputed.
    if (this.enabled) this.secrets = runSecrets(process.env.CMEP_RUN_ID ?? null);
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (!this.enabled) return;
    for (const a of result.attachments) {
      if (a.contentType !== 'application/zip' || !a.path || !fs.existsSync(a.path)) continue;
      const entries = zipEntries(fs.readFileSync(a.path));
      const redacted = entries.map((e) => ({ name: e.name, data: redactSecrets(e.data, this.secrets) }));
      if (redacted.some((e, i) => e.data !== entries[i]!.data)) fs.writeFileSync(a.path, zipFromEntries(redacted));
    }
  }
}
