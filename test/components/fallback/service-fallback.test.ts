import { expect, fixture, html } from '@open-wc/testing';
import { defineFallback, defineUnavailable } from '../../../components/fallback/define.ts';
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
