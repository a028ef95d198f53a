import type { Locator, Page } from '@playwright/test';

/**
 * The innermost `<div>` that contains every one of `parts`.
 *
 * CMEP's blocks and inline action sections are plain divs with no role, no label and only styling classes
 * (contract §6.1, §6.8), so the only stable way to scope to one is "the smallest box holding these texts/controls".
 * Every ancestor of that box matches too; ancestors precede their descendants in document order, hence `.last()`.
 * Callers pass parts that are unique on the page, so only one chain of ancestors matches.
 */
export function innermostDiv(root: Page | Locator, ...parts: Locator[]): Locator {
  let candidates = root.locator('div');
  for (const part of parts) candidates = candidates.filter({ has: part });
  return candidates.last();
}

/** A `<select>` recognised by one of its option texts: CMEP's selects have no associated label (contract §6.1). */
export function selectWithOption(root: Page | Locator, page: Page, optionText: string): Locator {
  return root.locator('select').filter({ has: page.locator('option', { hasText: optionText }) });
}
