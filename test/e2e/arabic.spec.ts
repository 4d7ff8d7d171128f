/**
 * Arabic on a real municipal page: the citizen picks العربية in a widget's footer, every widget
 * turns right-to-left in Arabic, stays accessible, and keeps phone numbers left to right.
 * Screenshots of each widget are attached to the report for review (npx playwright show-report).
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';

const WIDGETS = ['soz-benefits-finder', 'soz-counselling-finder', 'soz-appointment-booking', 'soz-application-form'];
const ARABIC = /[\u0600-\u06ff]/;

test('a citizen switches /demo/bielefeld/ to Arabic from a widget footer; every widget mirrors', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 412, height: 900 });
  await page.goto('/demo/bielefeld/');
  for (const tag of WIDGETS) await widgetReady(page, tag);

  const arabic = page.locator('soz-benefits-finder').getByRole('button', { name: 'العربية' });
  await arabic.focus();
  await page.keyboard.press('Enter');

  for (const tag of WIDGETS) {
    const root = page.locator(tag).locator('.root');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    const heading = page.locator(tag).locator('h2, h3').first();
    await expect(heading).toHaveText(ARABIC);
    expect(await root.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await testInfo.attach(`${tag}-ar.png`, { body: await page.locator(tag).screenshot(), contentType: 'image/png' });
  }
  expect(await page.evaluate(() => document.documentElement.lang), 'the page keeps its own language').toBe('de');
  await expect(page.locator('soz-benefits-finder').getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-current', 'true');

  // Digit groups of a phone number must not swap places in right-to-left text.
  const phone = page.locator('soz-application-form').locator('a[href^="tel:"]').first();
  await expect(phone).toBeVisible();
  expect(await phone.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');

  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});
