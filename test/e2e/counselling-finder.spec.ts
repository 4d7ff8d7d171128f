/**
 * The counselling finder on a municipal page, against the real server: a keyboard-only journey from
 * typing a PLZ to a centre's detail, and what a citizen sees while the API is down.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';

const TAG = 'soz-counselling-finder';

/** The id of the element focused inside the finder's shadow root ('' when focus is elsewhere). */
const focusedInFinder = (page: Page) =>
  page.evaluate((tag) => {
    const host = document.activeElement;
    if (host?.tagName.toLowerCase() !== tag) return '';
    const inner = host.shadowRoot?.activeElement as HTMLElement | null;
    return inner ? inner.id || inner.className : '';
  }, TAG);

const finderText = (page: Page) =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', TAG);

async function tabTo(page: Page, id: string, maxTabs = 150): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if ((await focusedInFinder(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} not reached with ${maxTabs} presses of Tab`);
}

test('keyboard only: type a PLZ, pick a suggestion, open a centre and come back', async ({ page }) => {
  await page.goto('/demo/dortmund/');
  await widgetReady(page, TAG);
  const finder = page.locator(TAG);
  // The page preselects 44137; the first results are there before the citizen starts.
  await expect(finder.locator('.centres > li').first()).toBeVisible();

  await tabTo(page, 'place');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('4413', { delay: 40 });
  const input = finder.locator('#place');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(finder.locator('[role="status"]')).toContainText('Vorschläge');

  await page.keyboard.press('ArrowDown');
  const chosen = (await finder.locator('[role="option"][aria-selected="true"]').textContent())!.trim();
  expect(chosen).toMatch(/^4413\d /);
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue(chosen);
  await expect.poll(() => focusedInFinder(page)).toBe('results-heading');
  await expect(finder.locator('.results')).toContainText(`Ausgangspunkt: ${chosen}.`);
  await expect(finder.locator('[role="status"]')).toContainText('Beratungsstellen gefunden');

  // The list is sorted by distance.
  const distances = await finder.locator('.distance').allTextContents();
  const km = distances.map((d) => Number(d.replace(/[^\d,]/g, '').replace(',', '.')));
  expect(km.length).toBeGreaterThan(0);
  expect([...km].sort((a, b) => a - b)).toEqual(km);

  await page.keyboard.press('Tab');
  const name = (await finder.locator('.centres > li .title').first().textContent())!.trim();
  expect(await focusedInFinder(page)).toContain('title');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedInFinder(page)).toBe('detail-heading');
  await expect(finder.locator('#detail-heading')).toHaveText(name);
  await expect(finder.locator('.week tr')).toHaveCount(7);
  expect(await finderText(page)).toContain('So kommen Sie hin');

  const violations = await axeViolations(page, TAG);
  expect(violations, describeViolations(violations)).toEqual([]);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedInFinder(page)).toContain('title');
});

test('with the API down the finder explains it and offers a retry that works', async ({ page }) => {
  // Only the search API fails; the page and its configuration still load.
  const down = (url: URL) => url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/tenants/');
  await page.route(down, (route) => route.abort('connectionrefused'));
  await page.goto('/demo/dortmund/');
  await widgetReady(page, TAG);
  const finder = page.locator(TAG);
  await expect(finder.locator('#results-heading')).toHaveText('Die Suche hat gerade nicht geklappt');
  const retry = finder.getByRole('button', { name: 'Erneut versuchen' });
  await expect(retry).toBeVisible();
  expect(await finderText(page)).toContain('0800 111 0 111');

  await page.unroute(down);
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(finder.locator('.centres > li').first()).toBeVisible();
});
