import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/appointment-booking/define.ts';
import type { SozAppointmentBooking } from '../../../components/appointment-booking/appointment-booking.component.ts';
import { discardActor } from '../../../src/flows/actor-registry.ts';
import { startMockApi, type MockApi } from '../../../src/mocks/browser.ts';
import { useDemoTenant } from '../support/tenant.ts';

let mock: MockApi;

before(async function () {
  this.timeout(30_000);
  mock = await startMockApi();
});
after(() => mock.stop());

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => root(el).querySelector('[data-step-heading]')!.textContent!.trim();
const focused = (el: Element) => root(el).activeElement;

async function tabTo(el: Element, match: (e: Element) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (focused(el) && match(focused(el)!)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('not reached by Tab');
}

describe('<soz-appointment-booking>', () => {
  afterEach(() => {
    discardActor('booking-test');
    history.replaceState(null, '', location.pathname);
  });

  it('books by keyboard: topic and mode, a day, a slot (held), contact data, then asks to confirm by mail', async function () {
    this.timeout(40_000);
    await useDemoTenant('05913000');
    const el = await fixture<SozAppointmentBooking>(html`<soz-appointment-booking centre-id="mock-do-1" flow-id="booking-test"></soz-appointment-booking>`);
    await waitUntil(() => root(el).querySelector('input[name=topic]'), 'options load', { timeout: 10_000 });
    expect(heading(el)).to.contain('Schuldnerberatung Dortmund');
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.textContent?.includes('Weiter zu den Terminen') ?? false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('button.day'), 'slots load', { timeout: 10_000 });
    expect(heading(el)).to.equal('Termin wählen');
    expect(focused(el)?.matches('[data-step-heading]')).to.equal(true);
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('button.day'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('slots-heading');
    const slot = root(el).querySelector<HTMLButtonElement>('button.slot')!;
    expect(slot.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^\w+, \d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2} bis \d{1,2}:\d{2} Uhr, vor Ort$/);
    expect(slot.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();

    await tabTo(el, (e) => e.matches('button.slot'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#name'), 'details step', { timeout: 10_000 });
    await el.updateComplete;
    // The hold's real time left from the first moment, not 0:00 until the countdown's first tick.
    expect(text(el)).to.match(/Für Sie reserviert noch \d+:\d{2} Minuten/);
    expect(root(el).querySelector('.countdown')!.textContent).not.to.equal('0:00');
    await expect(el).to.be.accessible();

    // Submitting empty shows the error summary with focus on it.
    await tabTo(el, (e) => e.textContent?.includes('Termin verbindlich anfragen') ?? false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.matches('[data-error-summary]')).to.equal(true);
    expect(text(el)).to.contain('Bitte geben Sie einen Namen an');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ type: 'Alex' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'alex@example.org' });
    await tabTo(el, (e) => e.id === 'consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (e) => e.textContent?.includes('Termin verbindlich anfragen') ?? false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el).includes('Fast geschafft'), 'booked', { timeout: 20_000 });
    expect(text(el)).to.contain('Wir haben Ihnen eine E-Mail geschickt');
    expect(text(el)).to.match(/Vorgangsnummer: T-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    await expect(el).to.be.accessible();
  });

  it('shows a manage page from the token in the fragment, and says so when the link is not valid', async function () {
    this.timeout(20_000);
    await useDemoTenant('05913000');
    history.replaceState(null, '', `${location.pathname}#token=${'A'.repeat(43)}`);
    const el = await fixture<SozAppointmentBooking>(html`<soz-appointment-booking mode="manage"></soz-appointment-booking>`);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'answer', { timeout: 10_000 });
    expect(text(el)).to.contain('Dieser Link ist ungültig oder abgelaufen');
    await expect(el).to.be.accessible();
  });
});
