/** Steps the counselling-finder benchmarks share, done by keyboard as a citizen would. */
import type { Locator, Page } from 'playwright-core';

export const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

/**
 * Types "44137 Dortmund" into the place field, picks the first suggestion and waits until the search
 * has moved focus to the results heading: the previous list stays on screen meanwhile, so a visible
 * card does not mean the search is done.
 */
export async function searchDortmund(page: Page, place: Locator): Promise<void> {
  await place.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('44137 Dortmund');
  await sleep(600);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('soz-counselling-finder')?.shadowRoot?.activeElement?.id === 'results-heading');
}
