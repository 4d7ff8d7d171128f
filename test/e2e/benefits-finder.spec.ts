/**
 * The benefits check on a demo municipal site, keyboard only, from start to result; and proof that
 * no request the page makes meanwhile carries any answer.
 */
import { test, expect, type Page, type Request } from '@playwright/test';
import { axeViolations, describeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';

const TAG = 'soz-benefits-finder';

/** Id (or data-* marker) of the element that has focus, looking through shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const marker = [...el.attributes].find((a) => a.name.startsWith('data-'))?.name;
    return el.id || (marker ? `[${marker}]` : el.tagName.toLowerCase());
  });
}

/** The visible label of the focused control (through shadow roots), as a screen reader would announce it. */
function focusedLabel(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el?.id) return '';
    const root = el.getRootNode() as Document | ShadowRoot;
    return root.querySelector(`label[for="${el.id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });
}

/** Presses Tab until the control labelled `label` has focus. */
async function tabToLabel(page: Page, label: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if ((await focusedLabel(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${label}" not reached by Tab; focus is on "${await focusedLabel(page)}"`);
}

/**
 * Picks a radio button by its label the keyboard way: Tab into the group (one stop per group),
 * then the arrow keys until the wanted option has focus, and Space to tick it.
 */
async function radioByLabel(page: Page, label: string, max = 20) {
  const onRadio = () =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el as HTMLInputElement | null)?.type === 'radio';
    });
  for (let i = 0; i < max && !(await onRadio()); i++) await page.keyboard.press('Tab');
  for (let i = 0; i < max; i++) {
    if ((await focusedLabel(page)) === label) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio "${label}" not reached with the arrow keys`);
}

/** Presses Tab (forward) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} not reached by Tab; focus is on ${await focused(page)}`);
}

async function heading(page: Page) {
  return page.locator(`${TAG} #view-heading`).innerText();
}

test('keyboard only on /demo/dortmund/: from start to result, and no request carries an answer', async ({ page }) => {
  const requests: Request[] = [];
  await page.goto('/demo/dortmund/');
  await widgetReady(page, TAG);
  page.on('request', (r) => requests.push(r));

  await tabTo(page, '[data-start]');
  await page.keyboard.press('Enter');
  await expect(page.locator(`${TAG} #view-heading`)).toBeFocused();
  expect(await heading(page)).toBe('Wie alt sind Sie?');

  // Alter: typed, Enter submits.
  await tabToLabel(page, 'Ihre Antwort (Jahre)');
  await page.keyboard.type('34');
  await page.keyboard.press('Enter');
  expect(await heading(page)).toContain('Wer lebt');

  // Haushalt: no partner, one school child aged 9.
  await radioByLabel(page, 'Nein, ich lebe ohne Partnerin oder Partner');
  await tabToLabel(page, 'Wie viele Kinder unter 25 Jahren leben bei Ihnen?');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  await tabToLabel(page, 'Alter von Kind 1 in Jahren');
  await page.keyboard.type('9');
  await tabToLabel(page, 'Ja, Schule oder Kita');
  await page.keyboard.press('Space');
  await tabTo(page, '[data-next]');
  await page.keyboard.press('Enter');

  const radio = async (label: string) => {
    await radioByLabel(page, label);
    await tabTo(page, '[data-next]');
    await page.keyboard.press('Enter');
  };
  const checkboxes = async (labels: string[]) => {
    for (const label of labels) {
      await tabToLabel(page, label);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '[data-next]');
    await page.keyboard.press('Enter');
  };

  await radio('Deutsch');
  await radio('Ja');
  await radio('Ich bin angestellt');
  await radio('1.000 € bis 1.250 €');
  await checkboxes(['Nichts davon']);
  await radio('Zur Miete');
  await tabToLabel(page, 'Ihre Antwort (€ im Monat)');
  await page.keyboard.type('650');
  await page.keyboard.press('Enter');
  await checkboxes(['Ich habe Schulden bei Miete, Nebenkosten oder Energie', 'Ich habe eine Kündigung bekommen oder sie wurde angedroht']);
  await radio('weniger als 200 €');
  await checkboxes(['Schulden']);

  expect(await heading(page)).toBe('Ihre Antworten prüfen');
  await tabTo(page, '[data-evaluate]');
  await page.keyboard.press('Enter');

  const finder = page.locator(TAG);
  await expect(finder.locator('#view-heading')).toHaveText('Ihr Ergebnis');
  await expect(finder.locator('#view-heading')).toBeFocused();
  await expect(finder).toContainText('Das ist keine Entscheidung.');
  await expect(finder.locator('[data-service=mietrueckstaende] [data-apply]')).toHaveAttribute('href', '#antrag');
  await expect(finder.locator('[data-service=buergergeld]')).toContainText('Jobcenter Dortmund (Demo)');

  const violations = await axeViolations(page, TAG);
  expect(violations, describeViolations(violations)).toEqual([]);

  // Nothing the citizen answered may leave the browser: no request body, no query string.
  const answers = ['650', 'mietschulden', 'kuendigung', 'schulden', 'alter', '1000-1250', 'deutsch'];
  for (const r of requests) {
    const url = new URL(r.url());
    const carried = `${url.search} ${url.hash} ${r.postData() ?? ''}`.toLowerCase();
    for (const a of answers) expect(carried, `${r.method()} ${r.url()}`).not.toContain(a);
    expect(['GET', 'HEAD'], `${r.method()} ${r.url()}`).toContain(r.method());
  }
  expect(await page.evaluate(() => localStorage.length), 'nothing stored without opt-in').toBe(0);
});
