import { expect, fixture, html } from '@open-wc/testing';
import { defineFallback } from '../../../components/fallback/define.ts';
import { getLocale } from '../../../src/i18n/localize.ts';
import { useDemoTenant } from '../support/tenant.ts';

defineFallback('soz-test-lang-fallback', 'terminvereinbarung');

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h3')!.textContent!.trim();
const root = (el: HTMLElement) => el.shadowRoot!.querySelector('.root')!;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('language of a widget', () => {
  beforeEach(() => useDemoTenant('05711000'));

  it('follows the nearest ancestor lang, and re-renders without reload when it changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><soz-test-lang-fallback></soz-test-lang-fallback></div>`);
    const el = wrapper.querySelector<HTMLElement>('soz-test-lang-fallback')!;
    await until(() => getLocale() === 'de');
    expect(heading(el)).to.equal('Hier bekommen Sie Hilfe');

    wrapper.setAttribute('lang', 'en-GB');
    await until(() => heading(el) !== 'Hier bekommen Sie Hilfe');
    expect(heading(el)).to.equal('Where to get help');
    expect(root(el).getAttribute('lang')).to.equal('en');
    expect(wrapper.getAttribute('lang'), 'the host attribute is never written').to.equal('en-GB');
  });

  it("prefers the element's own lang and falls back to the tenant default for languages it does not offer", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><soz-test-lang-fallback lang="en"></soz-test-lang-fallback></div>`);
    const el = wrapper.querySelector<HTMLElement>('soz-test-lang-fallback')!;
    await until(() => root(el).getAttribute('lang') === 'en');
    expect(heading(el)).to.equal('Where to get help');
    el.removeAttribute('lang');
    await until(() => root(el).getAttribute('lang') === 'de');
    expect(heading(el)).to.equal('Hier bekommen Sie Hilfe');
  });

  it('sets dir="rtl" inside the widget for Arabic, leaving the page alone', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><soz-test-lang-fallback></soz-test-lang-fallback></div>`);
    const el = wrapper.querySelector<HTMLElement>('soz-test-lang-fallback')!;
    await until(() => root(el).getAttribute('dir') === 'rtl');
    expect(root(el).getAttribute('dir')).to.equal('rtl');
    expect(wrapper.hasAttribute('dir')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  // Last in this file: the citizen's choice holds for the rest of the page's life.
  it('offers the tenant’s languages in their own names and switches every widget on the page to the one picked', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de">
      <soz-test-lang-fallback id="a"></soz-test-lang-fallback><soz-test-lang-fallback id="b"></soz-test-lang-fallback>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<HTMLElement>('soz-test-lang-fallback')] as [HTMLElement, HTMLElement];
    await until(() => getLocale() === 'de' && !!a.shadowRoot!.querySelector('.languages'));
    const group = a.shadowRoot!.querySelector('[role="group"]')!;
    expect(a.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Sprache');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((btn) => btn.textContent!.trim())).to.deep.equal(['Deutsch', 'Leichte Sprache', 'English', 'Türkçe', 'العربية']);
    expect(buttons.map((btn) => btn.lang)).to.deep.equal(['de', 'de', 'en', 'tr', 'ar']);
    expect(buttons[0]!.getAttribute('aria-current')).to.equal('true');

    const links = [...a.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.footer-links a')];
    expect(links.map((l) => l.textContent!.trim())).to.deep.equal(['Erklärung zur Barrierefreiheit', 'Barriere melden']);
    expect(links[1]!.getAttribute('href')).to.match(/^mailto:|^https?:/);

    buttons[2]!.focus();
    buttons[2]!.click();
    await until(() => heading(b) === 'Where to get help');
    expect(heading(a)).to.equal('Where to get help');
    expect(heading(b), 'the other widget on the page follows').to.equal('Where to get help');
    const english = a.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="en"]')!;
    expect(english.getAttribute('aria-current')).to.equal('true');
    expect(a.shadowRoot!.activeElement, 'focus stays on the button just pressed').to.equal(english);
    expect(wrapper.getAttribute('lang'), 'the page keeps its own lang').to.equal('de');
    await expect(a).to.be.accessible();
  });

  afterEach(() => useDemoTenant('05711000'));
});
