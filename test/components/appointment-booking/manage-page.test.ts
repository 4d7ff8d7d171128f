import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/appointment-booking/define.ts';
import type { SozAppointmentBooking } from '../../../components/appointment-booking/appointment-booking.component.ts';
import { createBookingClient, newIdempotencyKey, solveProof } from '../../../src/api/bookings.ts';
import { startMockApi, type MockApi } from '../../../src/mocks/browser.ts';
import { useDemoTenant } from '../support/tenant.ts';

const CENTRE = 'mock-do-1';
let mock: MockApi;

before(async function () {
  this.timeout(30_000);
  mock = await startMockApi();
  await useDemoTenant('05913000');
});
after(() => mock.stop());

const api = () => createBookingClient({ apiBase: '/api/' });
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => root(el).querySelector('[data-step-heading]')?.textContent?.trim() ?? '';
const status = (el: Element) => root(el).querySelector('.status')?.textContent?.trim() ?? '';
const focused = (el: Element) => root(el).activeElement;

async function tabTo(el: Element, match: (e: Element) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (focused(el) && match(focused(el)!)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('not reached by Tab');
}
const named = (label: string) => (e: Element) => e.textContent?.replace(/\s+/g, ' ').trim() === label;

/**
 * A real provisional booking through the in-page API: phone only, so the receipt carries the
 * manage token (as the done step shows it). `nth` picks different slots for different tests.
 */
async function bookByPhone(nth: number): Promise<{ token: string; startsAt: string }> {
  const client = api();
  const options = await client.options(CENTRE);
  const topic = options.topics[0]!;
  const list = await client.slots(CENTRE, { topic, mode: 'vor-ort', days: 28 });
  const slot = list.days.flatMap((d) => d.slots)[nth]!;
  const hold = await client.hold({ centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt });
  const proof = await solveProof(await client.challenge());
  const receipt = await client.book(
    { centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt, holdToken: hold.holdToken, contact: { name: 'Alex', phone: '0231 123456' }, consent: true, proof: proof! },
    newIdempotencyKey(),
  );
  return { token: receipt.manageToken!, startsAt: slot.startsAt };
}

async function openManagePage(token: string): Promise<SozAppointmentBooking> {
  history.replaceState(null, '', `${location.pathname}#token=${token}`);
  const el = await fixture<SozAppointmentBooking>(html`<soz-appointment-booking mode="manage"></soz-appointment-booking>`);
  await waitUntil(() => status(el), 'booking loaded', { timeout: 10_000 });
  return el;
}

describe('<soz-appointment-booking mode="manage">', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows the provisional booking and confirms it by keyboard', async function () {
    this.timeout(30_000);
    const { token } = await bookByPhone(0);
    const el = await openManagePage(token);
    expect(heading(el)).to.equal('Ihr Termin');
    expect(status(el)).to.equal('Vorläufig – bitte bestätigen');
    expect(text(el)).to.contain('Schuldnerberatung Dortmund (Demo)');
    expect(text(el)).to.contain('Bitte bestätigen Sie bis');
    await expect(el).to.be.accessible();

    await tabTo(el, named('Termin bestätigen'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Bestätigt', 'confirmed', { timeout: 10_000 });
    expect(focused(el)?.matches('[data-step-heading]')).to.equal(true);
    expect(root(el).querySelector('button.confirm')).to.equal(null);
    expect(text(el)).not.to.contain('Bitte bestätigen Sie bis');
    await expect(el).to.be.accessible();
  });

  it('cancels with a reason, and the slot is free again', async function () {
    this.timeout(30_000);
    const { token, startsAt } = await bookByPhone(1);
    const el = await openManagePage(token);

    await tabTo(el, named('Absagen'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Termin absagen');
    expect(focused(el)?.matches('[data-step-heading]')).to.equal(true);
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.id === 'reason');
    await sendKeys({ type: 'Ich habe schon woanders Hilfe bekommen.' });
    await tabTo(el, named('Jetzt absagen'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Abgesagt', 'cancelled', { timeout: 10_000 });
    expect(heading(el)).to.equal('Ihr Termin');
    expect(root(el).querySelector('button.cancel')).to.equal(null);
    await expect(el).to.be.accessible();

    const options = await api().options(CENTRE);
    const free = await api().slots(CENTRE, { topic: options.topics[0]!, mode: 'vor-ort', days: 28 });
    expect(free.days.flatMap((d) => d.slots).map((s) => s.startsAt)).to.include(startsAt);
  });

  it('asks in a modal dialog before deleting the data: Escape keeps them, focus returns', async function () {
    this.timeout(30_000);
    const { token } = await bookByPhone(2);
    const el = await openManagePage(token);
    const dialog = root(el).querySelector<HTMLDialogElement>('#delete-dialog')!;

    await tabTo(el, named('Meine Daten löschen'));
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(focused(el))).to.equal(true);
    expect(focused(el)?.textContent?.trim()).to.equal('Nein, nichts löschen');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closed');
    expect(focused(el)?.textContent?.trim()).to.equal('Meine Daten löschen');
    expect(status(el)).to.equal('Vorläufig – bitte bestätigen');

    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Ja, Daten löschen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Ihre Daten sind gelöscht', 'deleted', { timeout: 10_000 });
    expect(dialog.isConnected && dialog.open).to.equal(false);
    expect(focused(el)?.matches('[data-step-heading]')).to.equal(true);
    await expect(el).to.be.accessible();
    const gone = await api().view(token).then(() => false, () => true);
    expect(gone, 'the link no longer works').to.equal(true);
  });

  it('pages through later days when rescheduling', async function () {
    this.timeout(30_000);
    const { token } = await bookByPhone(3);
    const el = await openManagePage(token);

    await tabTo(el, named('Verschieben'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('button.later'), 'slots', { timeout: 10_000 }).catch(() => {
      throw new Error(text(el));
    });
    const firstDays = [...root(el).querySelectorAll<HTMLElement>('button.day')].map((b) => b.dataset.day!);
    expect(root(el).querySelector('button.earlier')).to.equal(null);
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('button.later'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'days-heading', 'later page', { timeout: 10_000 });
    const laterDays = [...root(el).querySelectorAll<HTMLElement>('button.day')].map((b) => b.dataset.day!);
    expect(laterDays.length).to.be.greaterThan(0);
    expect(laterDays[0]! > firstDays.at(-1)!).to.equal(true);
    expect(root(el).querySelector('button.earlier')).not.to.equal(null);
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('button.earlier'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('button.earlier'), 'first page again', { timeout: 10_000 });
    expect([...root(el).querySelectorAll<HTMLElement>('button.day')].map((b) => b.dataset.day!)).to.deep.equal(firstDays);
  });
});
