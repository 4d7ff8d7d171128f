/**
 * The municipal onboarding, keyboard only: choose a Land on the portal's page for municipalities,
 * configure, see the real widgets in the live preview, download the configuration — and the
 * loader accepts that file on a demo page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { validateResolved } from '../../src/tenant/validate.ts';
import type { LandConfig, PlatformConfig } from '../../src/tenant/schema.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;

/** The id of the focused element inside the onboarding widget's shadow root. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('soz-portal')?.shadowRoot?.querySelector('soz-municipal-onboarding')?.shadowRoot?.activeElement?.id ?? '');
}

/** More than the preview page's focusable controls (its embedded widgets with their language footers). */
const MAX_TABS = 200;

/** Presses Tab (or Shift+Tab) until the control with `id` has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string, backwards = false): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function tabToButton(page: Page, widget: ReturnType<Page['locator']>, name: string): Promise<void> {
  const button = widget.getByRole('button', { name, exact: true });
  for (let i = 0; i < MAX_TABS; i++) {
    if (await button.evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button ${name}`);
}

async function fill(page: Page, id: string, value: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(value);
}

/** axe over the portal page, judged on the onboarding widget's own nodes (the portal has its own tests). */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = (await axeViolations(page, 'soz-portal'))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.includes('soz-municipal-onboarding')) }))
    .filter((v) => v.nodes.length > 0);
  expect(violations, describeViolations(violations)).toEqual([]);
}

test('keyboard only: from choosing a Land to a configuration the loader accepts', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/portal/kommunen');
  const widget = page.locator('soz-municipal-onboarding');
  await expect(widget.getByRole('heading', { name: 'Sozialplattform in Ihrer Kommune anbieten' })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, 'land-select');
  await page.keyboard.type('Nordrhein');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: 'Nachnutzung in Nordrhein-Westfalen' })).toBeFocused();
  await expect(widget.getByRole('link', { name: 'kommunalvertreter@digitales.nrw.de' })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabToButton(page, widget, 'Konfiguration erstellen');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: 'Kommune und Leistungen' })).toBeFocused();
  await fill(page, 'f-name', 'Stadt Dortmund (Konfigurator)');
  await fill(page, 'f-ags', '05913000');
  for (const index of [0, 1, 10]) {
    await tabTo(page, `f-services-${index}`);
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: 'Zuständige Stellen' })).toBeFocused();

  await fill(page, 'f-offices-0-name', 'Sozialamt Dortmund');
  await fill(page, 'f-offices-0-street', 'Luisenstraße 11');
  await fill(page, 'f-offices-0-postalCode', '44137');
  await fill(page, 'f-offices-0-city', 'Dortmund');
  await fill(page, 'f-offices-0-openingHours', 'Mo–Fr 8:00–12:00 Uhr');
  await fill(page, 'f-offices-0-contact-email', 'sozialamt@dortmund.example.org');
  await tabTo(page, 'f-services-2-office');
  await page.keyboard.type('Sozialamt');
  await tabToButton(page, widget, 'Weiter');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: 'Farben und Kontrast' })).toBeFocused();
  await expect(widget.getByText('Alle Farbpaarungen erfüllen WCAG 2.2 AA.')).toBeVisible();
  await tabToButton(page, widget, 'Weiter');
  await page.keyboard.press('Enter');

  await expect(widget.getByRole('heading', { level: 2, name: 'Sprachen, Websites und Pflichtangaben' })).toBeFocused();
  await fill(page, 'f-origins', 'https://www.dortmund.example.org');
  await fill(page, 'f-links-imprint', 'https://www.dortmund.example.org/impressum');
  await fill(page, 'f-links-privacy', 'https://www.dortmund.example.org/datenschutz');
  await fill(page, 'f-links-accessibility', 'https://www.dortmund.example.org/barrierefreiheit');
  await fill(page, 'f-links-feedback', 'mailto:barrierefreiheit@dortmund.example.org');
  // A forgotten field: the error summary takes focus and names the loader's rule.
  await tabToButton(page, widget, 'Zur Vorschau');
  await page.keyboard.press('Enter');
  const summary = widget.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('counsellingRegion.centre.lat');
  await expectNoAxeViolations(page);
  await fill(page, 'f-counsellingRegion-centre-lat', '51.5136');
  await fill(page, 'f-counsellingRegion-centre-lon', '7.4653');
  await tabToButton(page, widget, 'Zur Vorschau');
  await page.keyboard.press('Enter');

  // The live preview runs the real widgets with this configuration.
  await expect(widget.getByRole('heading', { level: 2, name: 'Vorschau' })).toBeFocused();
  const frame = page.frameLocator('soz-municipal-onboarding iframe.preview-frame');
  await expect(frame.locator('#kommune-name')).toHaveText('Stadt Dortmund (Konfigurator)');
  await expect(frame.locator('soz-benefits-finder').getByRole('heading', { name: 'Welche Sozialleistungen kommen für Sie in Frage?' })).toBeVisible();
  await expect(frame.locator('soz-counselling-finder').locator('.root')).toBeAttached();
  await tabToButton(page, widget, 'Weiter zum Ergebnis');
  await page.keyboard.press('Enter');

  await expect(widget.getByRole('heading', { level: 2, name: 'Ergebnis: Datei, Snippet und Einzelabrufe' })).toBeFocused();
  await expect(widget.locator('#snippet')).toContainText('data-tenant="05913000"');
  await expectNoAxeViolations(page);
  await tabTo(page, 'download-config');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('05913000.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;

  // The API resolves the file with the same cascade; the loader on the demo page accepts it.
  const resolved = resolveTenant(readJson('data/tenants/platform.json') as PlatformConfig, readJson('data/tenants/laender/05.json') as LandConfig, file);
  expect(resolved.ok ? [] : resolved.issues).toEqual([]);
  if (!resolved.ok) return;
  expect(validateResolved(JSON.parse(JSON.stringify(resolved.value))).ok).toBe(true);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/api/tenants/05913000/config', (route) => route.fulfill({ json: resolved.value }));
  await page.goto('/demo/dortmund/');
  await widgetReady(page, 'soz-benefits-finder');
  await expect(page.locator('soz-appointment-booking')).toContainText('Stadt Dortmund (Konfigurator)');
  expect(errors.filter((e) => e.includes('[Sozialplattform]'))).toEqual([]);
});

test('the preview page refuses configurations from other windows and says what it is for', async ({ page }) => {
  await page.goto('/preview/');
  await expect(page.locator('#preview-status')).toHaveText(/funktioniert nur dort/);
  await page.evaluate(() => window.postMessage({ type: 'soz-preview-config', tenant: { ags: '05913000', name: 'Fremd' } }, '*'));
  await expect(page.locator('#widgets')).toBeHidden();
  await expect(page.locator('#kommune-name')).toHaveText('Ihre Kommune');
});
