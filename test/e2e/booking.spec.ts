/**
 * Appointment booking against the real server, keyboard only: from the counselling finder's
 * "Termin buchen" on /demo/dortmund/ through the booking widget (slot, contact data, consent, proof
 * of work) to the confirmation mail in /dev/mailbox, then the manage page from that mail's link,
 * where the citizen confirms. Axe runs on every step.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';

const BOOKING = 'soz-appointment-booking';
const FINDER = 'soz-counselling-finder';

interface Focused {
  host: string;
  tag: string;
  id: string;
  className: string;
  text: string;
  href: string;
}

/** The element that has focus, looking through shadow roots, and the widget it belongs to. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    let host = '';
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      host = el.tagName.toLowerCase();
      el = el.shadowRoot.activeElement;
    }
    return {
      host,
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      className: typeof el?.className === 'string' ? el.className : '',
      text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      href: el instanceof HTMLAnchorElement ? el.href : '',
    };
  });

/** Presses Tab until the focused element matches (as a citizen with a keyboard would). */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, maxTabs = 250): Promise<Focused> {
  for (let i = 0; i < maxTabs; i++) {
    const now = await focused(page);
    if (match(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} not reached with ${maxTabs} presses of Tab`);
}

const inBooking = (f: Focused) => f.host === BOOKING;
const hasClass = (f: Focused, name: string) => f.className.split(/\s+/).includes(name);
const heading = (page: Page) => page.locator(BOOKING).locator('[data-step-heading]');

/** Axe on the booking widget; `whole` checks the whole page (the portal nests the widget in its own shadow root). */
async function expectAccessible(page: Page, step: string, whole = false): Promise<void> {
  const violations = await axeViolations(page, whole ? undefined : BOOKING);
  expect(violations, `${step}:\n${describeViolations(violations)}`).toEqual([]);
}

test('keyboard only: from "Termin buchen" in the finder to the mail, then confirm on the manage page', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Unique per run: the dev mailbox is shared by every test against this server.
  const email = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;

  await page.goto('/demo/dortmund/');
  await widgetReady(page, FINDER);
  await widgetReady(page, BOOKING);
  const finder = page.locator(FINDER);
  await expect(finder.locator('.centres > li').first()).toBeVisible();
  await expect(finder.getByRole('link', { name: /^Termin buchen/ }).first()).toBeVisible();

  // 1. The finder's "Termin buchen" on a centre with online booking.
  const book = await tabTo(page, '"Termin buchen"', (f) => f.host === FINDER && f.tag === 'a' && f.text.startsWith('Termin buchen'));
  const centreName = book.text.replace(/^Termin buchen:\s*/, '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#termin\?centre=/);
  await expect(heading(page)).toHaveText(`Termin bei ${centreName}`);
  await expect.poll(async () => (await focused(page)).host).toBe(BOOKING);
  await expect(page.locator(BOOKING).locator('input[name=topic]').first()).toBeChecked();
  await expectAccessible(page, 'topic and mode');

  // 2. Topic and mode as preselected, on to the slots.
  await tabTo(page, '"Weiter zu den Terminen"', (f) => inBooking(f) && f.text === 'Weiter zu den Terminen');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Termin wählen');
  await expect(page.locator(BOOKING).locator('button.day').first()).toBeVisible();
  await expectAccessible(page, 'days');

  // 3. A day, then a slot (held for the citizen).
  await tabTo(page, 'the first day', (f) => inBooking(f) && hasClass(f, 'day'));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toBe('slots-heading');
  await expectAccessible(page, 'slots of a day');
  const slot = await tabTo(page, 'the first slot', (f) => inBooking(f) && hasClass(f, 'slot'));
  expect(slot.text).toMatch(/^\w+, \d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2} bis \d{1,2}:\d{2} Uhr, (vor Ort|am Telefon|per Video)$/);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Ihre Angaben');
  await expect(page.locator(BOOKING).locator('.countdown')).toHaveText(/^\d+:\d{2}$/);
  await expectAccessible(page, 'contact data');

  // 4. Contact data and consent; the proof of work is solved on submit.
  await tabTo(page, 'the name field', (f) => inBooking(f) && f.id === 'name');
  await page.keyboard.type('Alex');
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await tabTo(page, 'the consent box', (f) => inBooking(f) && f.id === 'consent');
  await page.keyboard.press('Space');
  await expect(page.locator(BOOKING).locator('#consent')).toBeChecked();
  await tabTo(page, 'the submit button', (f) => inBooking(f) && f.text === 'Termin verbindlich anfragen');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Fast geschafft: Bitte bestätigen Sie den Termin', { timeout: 30_000 });
  const booked = page.locator(BOOKING);
  await expect(booked).toContainText('Wir haben Ihnen eine E-Mail geschickt');
  const reference = /T-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec((await booked.locator('.root').textContent()) ?? '')?.[0];
  expect(reference).toBeTruthy();
  await expectAccessible(page, 'done');

  // 5. The confirmation mail in the dev mailbox, with the manage link (token in the fragment).
  await page.goto('/dev/mailbox');
  const mail = page.locator('article').filter({ hasText: email });
  await expect(mail).toHaveCount(1);
  await expect(mail).toContainText(reference!);
  const href = await mail.locator('a[href*="/portal/termin/verwalten#token="]').getAttribute('href');
  expect(href).toMatch(/\/portal\/termin\/verwalten#token=[A-Za-z0-9_-]{43}$/);
  {
    // The mailbox forbids every script (CSP), so axe checks it in a context that may inject one.
    const checker = await browser.newContext({ bypassCSP: true, baseURL: new URL(page.url()).origin });
    const mailbox = await checker.newPage();
    await mailbox.goto('/dev/mailbox');
    const violations = await axeViolations(mailbox);
    await checker.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  // 6. Open the link from the mail by keyboard.
  await tabTo(page, 'the manage link', (f) => f.href === href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
  // The portal page nests the widget in <soz-portal>; locators look through shadow roots.
  const manage = page.locator(`soz-portal ${BOOKING}`);
  await expect(manage.locator('.status')).toHaveText('Vorläufig – bitte bestätigen');
  await expect(manage).toContainText(reference!);
  await expectAccessible(page, 'manage page, provisional', true);

  // 7. Confirm the booking.
  await tabTo(page, '"Termin bestätigen"', (f) => inBooking(f) && f.text === 'Termin bestätigen');
  await page.keyboard.press('Enter');
  await expect(manage.locator('.status')).toHaveText('Bestätigt');
  await expect(manage.getByRole('button', { name: 'Termin bestätigen' })).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).text).toBe('Ihr Termin');
  await expectAccessible(page, 'manage page, confirmed', true);
});
