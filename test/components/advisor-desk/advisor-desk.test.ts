import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/advisor-desk/define.ts';
import type { SozAdvisorDesk } from '../../../components/advisor-desk/advisor-desk.component.ts';
import { startMockApi, type MockApi } from '../../../src/mocks/browser.ts';
import { useDemoTenant } from '../support/tenant.ts';

const PASSWORD = 'Demo-Beratung-2026!';
let mock: MockApi;

before(async function () {
  this.timeout(30_000);
  mock = await startMockApi();
});
after(() => mock.stop());

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => root(el).querySelector('#view-heading')?.textContent?.trim() ?? '';
const focused = (el: Element) => root(el).activeElement;

async function tabTo(el: Element, match: (e: Element) => boolean, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (focused(el) && match(focused(el)!)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('not reached by Tab');
}
const byText = (label: string) => (e: Element) => e.textContent?.trim().startsWith(label) ?? false;

async function openDesk(attrs: 'idle' | 'poll' | '' = ''): Promise<SozAdvisorDesk> {
  await useDemoTenant('05913000');
  const el = await fixture<SozAdvisorDesk>(
    attrs === 'idle'
      ? html`<soz-advisor-desk session-transport="bearer" poll-seconds="0" idle-warning-seconds="899"></soz-advisor-desk>`
      : attrs === 'poll'
        ? html`<soz-advisor-desk session-transport="bearer" poll-seconds="1"></soz-advisor-desk>`
        : html`<soz-advisor-desk session-transport="bearer" poll-seconds="0"></soz-advisor-desk>`,
  );
  await waitUntil(() => root(el).querySelector('#username'), 'sign-in form', { timeout: 10_000 });
  return el;
}

async function signIn(el: SozAdvisorDesk, username: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#username')!.focus();
  await sendKeys({ type: username });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: PASSWORD });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(el).querySelector('header.desk'), 'signed in', { timeout: 10_000 });
}

/** A booking through the public API, as a citizen's browser would make it (proof of work included). */
async function bookAtMockCentre(): Promise<string> {
  const slots = await (await fetch('/api/centres/mock-do-1/slots?topic=schuldnerberatung&days=14')).json();
  const startsAt = slots.nextFree.startsAt as string;
  const challenge = await (await fetch('/api/bookings/challenge', { method: 'POST' })).json();
  const { solveChallenge } = await import('altcha-lib/v1');
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  const proof = btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature }));
  const r = await fetch('/api/bookings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `desk-test-${crypto.randomUUID()}` },
    body: JSON.stringify({ centreId: 'mock-do-1', topic: 'schuldnerberatung', mode: 'vor-ort', startsAt, tenant: '05913000', contact: { name: 'Robin Test', email: 'robin@example.org' }, consent: true, proof }),
  });
  if (r.status !== 201) throw new Error(`booking failed: ${r.status} ${await r.text()}`);
  return (await r.json()).reference as string;
}

describe('<soz-advisor-desk>', () => {
  it('signs in by keyboard with the password-manager hints; wrong input lands in the error summary', async function () {
    this.timeout(30_000);
    const el = await openDesk();
    expect(heading(el)).to.equal('Anmeldung für Beratungsstellen');
    expect(root(el).querySelector('#username')!.getAttribute('autocomplete')).to.equal('username');
    expect(root(el).querySelector('#password')!.getAttribute('autocomplete')).to.equal('current-password');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#username')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-error-summary]'));
    expect(focused(el)?.matches('[data-error-summary]')).to.equal(true);
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#username')!.focus();
    await sendKeys({ type: 'dortmund1.beratung' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'falsch' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Benutzername oder Passwort stimmen nicht'), 'wrong password', { timeout: 10_000 });
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#password')!.focus();
    await sendKeys({ type: PASSWORD });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('header.desk'), 'signed in', { timeout: 10_000 });
    expect(text(el)).to.contain('Schuldnerberatung Dortmund (Demo)');
    await waitUntil(() => heading(el).startsWith('Termine am'));
    await expect(el).to.be.accessible();
  });

  it('shows a booking in the list, opens its details and confirms it, all by keyboard', async function () {
    this.timeout(40_000);
    const reference = await bookAtMockCentre();
    const el = await openDesk();
    await signIn(el, 'dortmund1.beratung');
    await tabTo(el, (e) => e.matches('nav button') && byText('Liste')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-appointment]'), 'list loads', { timeout: 10_000 });
    expect(heading(el)).to.match(/^Die nächsten 28 Tage/);
    expect(text(el)).to.contain('Robin Test');
    expect(text(el)).to.contain('vorläufig');
    expect(root(el).querySelector('table.appointments th')!.textContent).to.equal('Datum');
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('[data-appointment]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector<HTMLDialogElement>('#appointment-dialog')?.open, 'dialog opens');
    await waitUntil(() => focused(el)?.id === 'dialog-heading');
    expect(focused(el)!.textContent).to.contain(reference);
    expect(text(el)).to.contain('robin@example.org');
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Bestätigen'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-status]')?.textContent === 'bestätigt', 'confirmed', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(el).querySelector<HTMLDialogElement>('#appointment-dialog')?.open);
    await waitUntil(() => focused(el)?.matches('[data-appointment]'), 'focus returns to the row');

    await tabTo(el, (e) => e.matches('nav button') && byText('Woche')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).startsWith('Woche ab'));
    await expect(el).to.be.accessible();
  });

  it('announces a new booking while the list is open (polling)', async function () {
    this.timeout(40_000);
    const el = await openDesk('poll');
    await signIn(el, 'dortmund1.beratung');
    await tabTo(el, (e) => e.matches('nav button') && byText('Liste')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).startsWith('Die nächsten 28 Tage'));
    const before = root(el).querySelectorAll('[data-appointment]').length;
    await bookAtMockCentre();
    await waitUntil(() => root(el).querySelectorAll('[data-appointment]').length === before + 1, 'new row', { timeout: 10_000 });
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent!.includes('Eine neue Buchung ist eingegangen.'), 'announced');
  });

  it('edits availability: slots that do not fit the window are named at their field; the preview lists slots', async function () {
    this.timeout(30_000);
    const el = await openDesk();
    await signIn(el, 'dortmund1.beratung');
    await tabTo(el, (e) => e.matches('nav button') && byText('Verfügbarkeit')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#av-rules-0-ends'), 'rules load', { timeout: 10_000 });
    expect(root(el).querySelector('label[for=av-rules-0-starts]')!.textContent).to.equal('Beginn');
    expect(root(el).querySelector('label[for=av-rules-0-ends]')!.textContent).to.equal('Ende');
    expect(text(el)).to.contain('An den gesetzlichen Feiertagen Ihres Bundeslandes ist die Beratungsstelle immer geschlossen.');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#av-rules-0-starts')!.focus();
    await sendKeys({ type: '1130' });
    await tabTo(el, byText('Zeiten speichern'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-error-summary]'), 'error summary', { timeout: 10_000 });
    expect(focused(el)?.matches('[data-error-summary]')).to.equal(true);
    expect(text(el)).to.contain('Die Zeit von 11:30 bis 12:00 Uhr lässt sich nicht in Termine zu 45 Minuten');
    expect(root(el).querySelector('#av-rules-0-slotMinutes')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#av-rules-0-starts')!.focus();
    await sendKeys({ type: '0900' });
    await tabTo(el, byText('Vorschau anzeigen'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'preview-heading', 'preview', { timeout: 10_000 });
    expect(text(el)).to.match(/\d{2}:\d{2}/);
    await expect(el).to.be.accessible();
  });

  it('lets the centre admin change the profile, see the audit trail and subscribe a calendar', async function () {
    this.timeout(30_000);
    const el = await openDesk();
    await signIn(el, 'dortmund1.leitung');
    await tabTo(el, (e) => e.matches('nav button') && byText('Profil')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#pf-name'), 'profile loads', { timeout: 10_000 });
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#pf-city')!.select();
    await sendKeys({ type: 'Atlantis' });
    await tabTo(el, byText('Profil speichern'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-error-summary]'), 'address error', { timeout: 10_000 });
    expect(text(el)).to.contain('Der Ort passt nicht zur Postleitzahl');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#pf-city')!.select();
    await sendKeys({ type: 'Dortmund' });
    root(el).querySelector<HTMLInputElement>('#pf-phone')!.select();
    await sendKeys({ type: '0231 987654' });
    await tabTo(el, byText('Profil speichern'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'profile-saved', 'saved', { timeout: 10_000 });
    expect(text(el)).to.contain('phone');
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('nav button') && byText('Kalender-Abo')(e));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Kalender-Abo');
    await tabTo(el, byText('Adresse erstellen'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'feed-url', 'feed url', { timeout: 10_000 });
    expect((focused(el) as HTMLInputElement).value).to.match(/\/api\/advisor-feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(el).to.be.accessible();
  });

  it('warns before the automatic sign-out and keeps the session with "Angemeldet bleiben"', async function () {
    this.timeout(30_000);
    const el = await openDesk('idle');
    await signIn(el, 'dortmund1.beratung');
    await waitUntil(() => root(el).querySelector<HTMLDialogElement>('#idle-dialog')?.open, 'warning', { timeout: 5_000 });
    await waitUntil(() => focused(el)?.id === 'stay-signed-in');
    expect(text(el)).to.contain('Sind Sie noch da?');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector<HTMLDialogElement>('#idle-dialog')?.open, 'dialog closes');
    await waitUntil(() => focused(el)?.id === 'view-heading');
  });

  it('signs out and comes back to the sign-in form', async function () {
    this.timeout(30_000);
    const el = await openDesk();
    await signIn(el, 'wuerzburg1.beratung');
    expect(text(el)).to.contain('Würzburg');
    await tabTo(el, byText('Abmelden'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#username'), 'signed out');
    expect(text(el)).to.contain('Sie sind abgemeldet.');
    await expect(el).to.be.accessible();
  });
});
