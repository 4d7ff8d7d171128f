import { expect, fixture, html } from '@open-wc/testing';
import { defineFallback, defineUnavailable } from '../../../components/fallback/define.ts';
import { ensureLocale, getLocale } from '../../../src/i18n/localize.ts';
import { serviceFallbackView } from '../../../components/fallback/service-fallback-view.ts';
import { setTenantState } from '../../../src/tenant/store.ts';
import { useDemoTenant } from '../support/tenant.ts';

defineFallback('soz-test-booking-off', 'terminvereinbarung');
defineFallback('soz-test-form-off', undefined);
defineUnavailable('soz-test-unavailable', 'network');
defineUnavailable('soz-test-invalid', 'invalid-config');

describe('service fallback', () => {
  it('names the service, says it is not online here and shows the responsible office', async () => {
    await useDemoTenant('05711000');
    const el = await fixture<HTMLElement>(html`<soz-test-booking-off></soz-test-booking-off>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.match(/Termin/);
    expect(text).to.contain('in Stadt Bielefeld (Demo) noch nicht online verfügbar');
    expect(text).to.contain('Niederwall 23');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says "in Ihrer Kommune" as a whole sentence when no municipality is known', async () => {
    const el = await fixture<HTMLElement>(html`<div>${serviceFallbackView(undefined, 'terminvereinbarung')}</div>`);
    expect(el.textContent!.replace(/\s+/g, ' ')).to.contain('Dieses Angebot ist in Ihrer Kommune noch nicht online verfügbar.');
  });

  it('uses the service attribute of an application form and shows the paper route', async () => {
    await useDemoTenant('05711000');
    const el = await fixture<HTMLElement>(html`<soz-test-form-off service="hilfe-zum-lebensunterhalt"></soz-test-form-off>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Hilfe zum Lebensunterhalt');
    expect(text).to.contain('So stellen Sie den Antrag:');
    await expect(el).to.be.accessible();
  });

  it('applies the tenant theme as custom properties on the host', async () => {
    await useDemoTenant('09663000');
    const el = await fixture<HTMLElement>(html`<soz-test-booking-off></soz-test-booking-off>`);
    expect(getComputedStyle(el).getPropertyValue('--soz-color-primary').trim()).to.equal('#1d5b34');
  });
});

describe('service fallback in the widget’s language', () => {
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  };
  // The other tests in this file read German; the runtime locale is page-wide.
  afterEach(() => ensureLocale('de'));

  // Needs the catalogue.* translations merged into locales/en.xlf (out-catalogue/en.tsv) and the locale modules built.
  it('names the service and the way to apply in English when the widget speaks English', async () => {
    await useDemoTenant('05711000');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><soz-test-form-off service="schuldnerberatung"></soz-test-form-off></div>`);
    const el = wrapper.querySelector<HTMLElement>('soz-test-form-off')!;
    const heading = () => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    await until(() => getLocale() === 'en' && heading() !== 'Schuldnerberatung');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

    expect(heading()).to.equal('Debt counselling (Schuldnerberatung)');
    expect(text).to.contain('Make an appointment directly with a recognised debt counselling centre (Schuldnerberatungsstelle).');
    expect(text).not.to.contain('Vereinbaren Sie direkt einen Termin');
    await expect(el).to.be.accessible();
  });
});

describe('unavailable notice', () => {
  it('offers a reload when the network failed', async () => {
    setTenantState({ status: 'failed', reason: 'network' });
    const el = await fixture<HTMLElement>(html`<soz-test-unavailable></soz-test-unavailable>`);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Seite neu laden');
    await expect(el).to.be.accessible();
  });

  it('points citizens to their administration when the configuration is broken', async () => {
    setTenantState({ status: 'failed', reason: 'invalid-config' });
    const el = await fixture<HTMLElement>(html`<soz-test-invalid></soz-test-invalid>`);
    expect(el.shadowRoot!.textContent).to.contain('Stadt- oder Gemeindeverwaltung');
    expect(el.shadowRoot!.querySelector('button')).to.be.null;
    await expect(el).to.be.accessible();
  });
});
