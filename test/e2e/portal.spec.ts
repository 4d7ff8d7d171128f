/** The standalone portal: navigation, deep links, the back button, focus, BITV start-page duties. */
import { expect, test } from '@playwright/test';

test('the start page explains itself in Leichte Sprache and links the accessibility statement and feedback', async ({ page }) => {
  await page.goto('/portal/');
  const portal = page.locator('soz-portal');
  await expect(portal.getByRole('heading', { level: 1, name: 'Startseite' })).toBeVisible();
  await expect(portal.getByRole('heading', { name: 'Informationen in Leichter Sprache' })).toBeVisible();
  const main = portal.getByRole('main');
  await expect(main.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })).toHaveAttribute('href', /barrierefreiheit/);
  await expect(main.getByRole('link', { name: 'Barriere melden' })).toHaveAttribute('href', /^mailto:/);
});

test('keyboard navigation moves focus to the new page heading, and back returns', async ({ page }) => {
  await page.goto('/portal/');
  const portal = page.locator('soz-portal');
  const nav = portal.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Beratungsstelle finden' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/portal\/beratung$/);
  const heading = portal.getByRole('heading', { level: 1, name: 'Beratungsstelle finden' });
  await expect(heading).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Beratungsstelle finden' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/Beratungsstelle finden/);
  await page.goBack();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(portal.getByRole('heading', { level: 1, name: 'Startseite' })).toBeVisible();
});

test('a deep link opens its page directly', async ({ page }) => {
  await page.goto('/portal/termin');
  await expect(page.locator('soz-portal').getByRole('heading', { level: 1, name: 'Termin vereinbaren' })).toBeVisible();
});

test('an unknown portal address says so', async ({ page }) => {
  await page.goto('/portal/gibt-es-nicht');
  await expect(page.locator('soz-portal').getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
});

test('a bookmarked search opens with its results, and a new search replaces the query', async ({ page }) => {
  await page.goto('/portal/beratung?place=44137&topic=schuldnerberatung');
  const finder = page.locator('soz-portal soz-counselling-finder');
  await expect(finder.locator('#place')).toHaveValue('44137 Dortmund');
  await expect(finder.locator('.results')).toContainText('Ausgangspunkt: 44137 Dortmund.');
  const results = finder.locator('.centres > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('.address')).toContainText('Dortmund');
  for (const facts of await results.locator('.facts div:first-child dd').allTextContents()) expect(facts).toContain('Schulden');
  await expect(finder.getByRole('checkbox', { name: 'Schulden', exact: true })).toBeChecked();

  // A new search is written back (no new history entry), and it is the PLZ, never a position.
  const entries = await page.evaluate(() => history.length);
  await finder.locator('#place').fill('33602');
  await finder.locator('#place').press('Enter');
  await expect(page).toHaveURL(/\/portal\/beratung\?place=33602&topic=schuldnerberatung&radius=25$/);
  await expect(finder.locator('.results')).toContainText('Ausgangspunkt: 33602 Bielefeld.');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(page.url()).not.toMatch(/lat|lon/);
});
