// Typing a password without it reaching the report. Playwright 1.64.1 titles a `fill` step `Fill "<value>"`
// (protocol metainfo of Frame.fill renders the value), so the HTML report and the trace's action list would
// show the password. `locator.evaluate` is titled just "Evaluate": the value is set with the native setter
// (React ignores a plain `.value =` assignment because its tracker sees no change) and an `input` event,
// which is what React's onChange listens to.
// Note: the trace still records the evaluate call's argument; traces are kept only on failure and redacted by
// the reporters (issue 5).
import type { Locator } from '@playwright/test';

export async function typeSecret(input: Locator, secret: string): Promise<void> {
  await input.evaluate((element, value) => {
    const field = element as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!setValue) throw new Error('cannot set the input value');
    setValue.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, secret);
}
