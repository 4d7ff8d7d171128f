/**
 * One script tag on pages we do not control: the loader, fallbacks, failures, hostile CSS, a strict
 * CSP, a missing `lang`, a second copy of the script.
 */
import { expect, test, type Page } from '@playwright/test';
import { widgetReady } from './support/pages.ts';

/** Collects console errors and warnings from the moment the page starts. */
function consoleOf(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') lines.push(m.text());
  });
  return lines;
}

const shadowText = (page: Page, tag: string) =>
  page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', tag);

test('a service the tenant has not switched on shows what it is, who is responsible and how to apply', async ({ page }) => {
  await page.goto('/fixtures/service-off.html');
  // Both fallbacks come with a lazily loaded view: wait for each one's text, not only for the first.
  await expect.poll(() => shadowText(page, 'soz-appointment-booking')).toContain('Stadt Bielefeld (Demo) noch nicht online verfügbar');
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('Niederwall 23');
  await expect.poll(() => shadowText(page, 'soz-application-form')).toContain('Hilfe zum Lebensunterhalt');
  expect(await shadowText(page, 'soz-application-form')).toContain('So stellen Sie den Antrag');
});

test('a tag added after start-up is defined too', async ({ page }) => {
  await page.goto('/fixtures/service-off.html');
  await widgetReady(page, 'soz-advisor-desk');
  expect(await shadowText(page, 'soz-advisor-desk')).toContain('noch nicht online verfügbar');
});

test('an unknown tenant shows a polite notice and one precise console error', async ({ page }) => {
  const logs = consoleOf(page);
  await page.goto('/fixtures/unknown-tenant.html');
  await widgetReady(page, 'soz-appointment-booking');
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('Dieses Angebot ist gerade nicht verfügbar');
  const ours = logs.filter((l) => l.includes('[Sozialplattform]'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('Mandant 99999999 ist unbekannt');
});

test('an invalid configuration names the field, what was expected and what was found', async ({ page }) => {
  const logs = consoleOf(page);
  await page.route('**/api/tenants/05711000/config', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.theme.text = '#bbbbbb';
    config.links.imprint = 'impressum.html';
    await route.fulfill({ response, json: config });
  });
  await page.goto('/fixtures/service-off.html');
  await widgetReady(page, 'soz-appointment-booking');
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('technischer Fehler');
  const ours = logs.filter((l) => l.includes('[Sozialplattform]'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('2 Problem(e)');
  expect(ours[0]).toMatch(/theme\.text: erwartet mindestens 4\.5:1 .*gefunden 1\.\d\d:1/);
  expect(ours[0]).toContain('links.imprint: erwartet eine vollständige Adresse mit https://');
});

test('a transient network failure is retried with backoff', async ({ page }) => {
  let calls = 0;
  await page.route('**/api/tenants/05711000/config', (route) => (++calls <= 2 ? route.abort('failed') : route.fallback()));
  await page.goto('/fixtures/service-off.html');
  await widgetReady(page, 'soz-appointment-booking');
  expect(calls).toBe(3);
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('Niederwall 23');
});

test('a lasting network failure offers a reload, not a blank box', async ({ page }) => {
  const logs = consoleOf(page);
  await page.route('**/api/tenants/05711000/config', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/fixtures/service-off.html');
  await widgetReady(page, 'soz-appointment-booking', 15_000);
  const button = page.locator('soz-appointment-booking').getByRole('button', { name: 'Seite neu laden' });
  await expect(button).toBeVisible();
  expect(logs.filter((l) => l.includes('[Sozialplattform]'))[0]).toContain('nicht erreichbar (HTTP 503)');
});

test('aggressive host CSS does not reach inside the widget', async ({ page }) => {
  await page.goto('/fixtures/hostile-css.html');
  await widgetReady(page, 'soz-appointment-booking');
  const styles = await page.evaluate(() => {
    const root = document.querySelector('soz-appointment-booking')!.shadowRoot!;
    const heading = root.querySelector('h2')!;
    const section = root.querySelector('section')!;
    const link = root.querySelector('a')!;
    return {
      headingTransform: getComputedStyle(heading).textTransform,
      headingColour: getComputedStyle(heading).color,
      boxSizing: getComputedStyle(section).boxSizing,
      lineHeightRatio: parseFloat(getComputedStyle(root.querySelector('p')!).lineHeight) / parseFloat(getComputedStyle(root.querySelector('p')!).fontSize),
      linkBackground: getComputedStyle(link).backgroundColor,
    };
  });
  expect(styles.headingTransform).toBe('none');
  expect(styles.headingColour).not.toBe('rgb(255, 105, 180)');
  expect(styles.boxSizing).toBe('border-box');
  expect(styles.lineHeightRatio).toBeCloseTo(1.5, 1);
  expect(styles.linkBackground).toBe('rgba(0, 0, 0, 0)');
});

test('a transformed ancestor does not hide the widget', async ({ page }) => {
  await page.goto('/fixtures/transformed-ancestor.html');
  await widgetReady(page, 'soz-appointment-booking');
  const heading = page.locator('soz-appointment-booking').getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  expect((await heading.boundingBox())!.height).toBeGreaterThan(10);
});

test('a page without lang gets the tenant language and is not changed', async ({ page }) => {
  await page.goto('/fixtures/no-lang.html');
  await widgetReady(page, 'soz-appointment-booking');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('lang'))).toBe(false);
  const root = page.locator('soz-appointment-booking').locator('.root');
  await expect(root).toHaveAttribute('lang', 'de');
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('noch nicht online verfügbar');
});

test('works under a strict CSP with Trusted Types, without a single violation', async ({ page }) => {
  const logs = consoleOf(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/fixtures/strict-csp.html');
  await widgetReady(page, 'soz-appointment-booking');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(logs.filter((l) => /Content Security Policy|TrustedHTML|Trusted Type/i.test(l))).toEqual([]);
  expect(await shadowText(page, 'soz-appointment-booking')).toContain('Niederwall 23');
});

test('loading the script twice is harmless and adds one namespaced global', async ({ page }) => {
  const logs = consoleOf(page);
  await page.addInitScript(() => {
    (document as unknown as { globalsBefore: string[] }).globalsBefore = Object.getOwnPropertyNames(window);
  });
  await page.goto('/fixtures/loaded-twice.html');
  await widgetReady(page, 'soz-appointment-booking');
  const added = await page.evaluate(async () => {
    await window.Sozialplattform!.ready;
    const before = new Set((document as unknown as { globalsBefore: string[] }).globalsBefore);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
  });
  // Lit records its own version in these standard globals; everything else of ours is namespaced.
  // zod keeps its configuration in one global of its own (see src/tenant/zod-csp.ts).
  const litOwn = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata', '__zod_globalConfig'];
  expect(added.filter((name) => !litOwn.includes(name))).toEqual(['Sozialplattform']);
  expect(await page.evaluate(() => window.Sozialplattform!.version)).toMatch(/^\d+\.\d+\.\d+$/);
  expect(await page.locator('soz-appointment-booking').count()).toBe(1);
  expect(logs).toEqual([]);
});

test('right-to-left: the layout mirrors through logical properties', async ({ page }) => {
  await page.goto('/fixtures/rtl.html');
  await widgetReady(page, 'soz-appointment-booking');
  const root = page.locator('soz-appointment-booking').locator('.root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  const border = await page.evaluate(() => {
    const notice = document.querySelector('soz-appointment-booking')!.shadowRoot!.querySelector('.notice')!;
    const s = getComputedStyle(notice);
    return { right: s.borderRightWidth, left: s.borderLeftWidth };
  });
  expect(border.right).toBe('6px');
  expect(border.left).toBe('0px');
});

for (const path of ['/demo/dortmund/', '/demo/bielefeld/', '/demo/wuerzburg/']) {
  test(`${path}: loading the widgets neither takes focus nor scrolls the host page`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.Sozialplattform!.ready);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}
