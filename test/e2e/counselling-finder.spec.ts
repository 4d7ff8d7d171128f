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

test('the Würzburg map: no tile before the click; keyboard only from "Karte anzeigen" to a marker to its centre', async ({ page }) => {
  const tiles: Array<{ url: string; status: number; type: string }> = [];
  const requested: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/demo/tiles/')) requested.push(request.url());
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/demo/tiles/')) tiles.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '' });
  });
  await page.goto('/demo/wuerzburg/');
  await widgetReady(page, TAG);
  const finder = page.locator(TAG);
  await expect(finder.locator('.centres > li').first()).toBeVisible();
  await expect(finder.locator('#map-note')).toContainText('Die Karte lädt Kartenbilder von localhost');
  await page.waitForTimeout(500);
  expect(requested).toEqual([]);

  await tabTo(page, 'map-show');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedInFinder(page)).toBe('map-heading');
  await expect(finder.locator('.tiles img').first()).toBeVisible();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(tiles.every((t) => t.status === 200 && t.type.startsWith('image/svg+xml')), JSON.stringify(tiles)).toBe(true);
  await expect(finder.locator('.map-attribution')).toContainText('Demo-Kacheln ohne Kartendaten');

  for (let i = 0; i < 10 && !(await focusedInFinder(page)).includes('marker'); i++) await page.keyboard.press('Tab');
  expect(await focusedInFinder(page)).toContain('marker');
  const violations = await axeViolations(page, TAG);
  expect(violations, describeViolations(violations)).toEqual([]);

  const number = await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.activeElement!.textContent!.trim(), TAG);
  const name = (await finder.locator('.centres > li .title').nth(Number(number) - 1).textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedInFinder(page)).toBe('detail-heading');
  await expect(finder.locator('#detail-heading')).toHaveText(name);
});

test('the map works under a strict CSP (no inline styles, Trusted Types) with img-src for its tile host', async ({ page }) => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
  await page.route('**/demo/wuerzburg/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/demo/wuerzburg/');
  await widgetReady(page, TAG);
  const finder = page.locator(TAG);
  await finder.locator('#map-show').click();
  await expect(finder.locator('.marker').first()).toBeVisible();
  // Tiles and markers are placed (through the CSSOM), not all piled up in the frame's corner.
  const placed = await page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const lefts = [...root.querySelectorAll<HTMLElement>('.marker, .tiles img')].map((e) => e.getBoundingClientRect().left);
    return new Set(lefts.map(Math.round)).size;
  }, TAG);
  expect(placed).toBeGreaterThan(3);
  expect(violations).toEqual([]);
});
