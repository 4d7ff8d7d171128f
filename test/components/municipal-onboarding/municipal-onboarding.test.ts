import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/municipal-onboarding/define.ts';
import { discardActor, getOrCreateActor } from '../../../src/flows/actor-registry.ts';
import { configuratorMachine } from '../../../src/onboarding/configurator/machine.ts';
import { emptyOffice } from '../../../src/onboarding/configurator/draft.ts';
import { LAND_CONFIGS, PLATFORM } from '../../../src/onboarding/land-configs.ts';
import { PROGRESS_KEY } from '../../../src/onboarding/checklist-progress.ts';
import { useDemoTenant } from '../support/tenant.ts';

const FLOW_ID = 'municipal-onboarding';
const actor = () => getOrCreateActor(FLOW_ID, configuratorMachine, { input: { laender: LAND_CONFIGS, platform: PLATFORM } });
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: HTMLElement) => root(el).getElementById('view-heading')!;
const settle = async (el: HTMLElement & { updateComplete?: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
};

async function render(): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<soz-municipal-onboarding></soz-municipal-onboarding>`);
  await settle(el);
  return el;
}

async function chooseLandByKeyboard(el: HTMLElement, name: string): Promise<void> {
  root(el).getElementById('land-select')!.focus();
  await sendKeys({ type: name });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('municipal onboarding', () => {
  beforeEach(async () => {
    discardActor(FLOW_ID);
    localStorage.removeItem(PROGRESS_KEY);
    await useDemoTenant('05913000');
  });

  it('asks for the Land, and says so when none is chosen', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text(el)).to.contain('Bitte wählen Sie Ihr Land.');
    expect(root(el).activeElement?.id).to.equal('land-select');
    await expect(el).to.be.accessible();
  });

  it('shows contact, routes and a checklist kept on this device for the chosen Land', async () => {
    const el = await render();
    await chooseLandByKeyboard(el, 'Nordrhein');
    expect(heading(el).textContent).to.contain('Nachnutzung in Nordrhein-Westfalen');
    expect(root(el).activeElement).to.equal(heading(el));
    expect(root(el).querySelector('a[href="mailto:kommunalvertreter@digitales.nrw.de"]')).to.exist;
    expect(text(el)).to.contain('19 Leistungen der Sozialplattform übernommen');
    expect(text(el)).to.contain('nur in diesem Browser auf diesem Gerät gespeichert');
    await expect(el).to.be.accessible();

    const box = root(el).getElementById('check-rechtlich-einzelabruf') as HTMLInputElement;
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(box.checked).to.be.true;
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)['05'].done).to.deep.equal(['rechtlich/einzelabruf']);
    expect(text(el)).to.contain('1 von');
    const md = root(el).getElementById('checklist-md') as HTMLAnchorElement;
    expect(md.download).to.equal('anbindung-sozialplattform-05.md');
    expect(decodeURIComponent(md.href)).to.contain('- [x] Für jede Leistung den Einzelabruf');

    // A new visit on this device finds the progress again.
    discardActor(FLOW_ID);
    const again = await render();
    await chooseLandByKeyboard(again, 'Nordrhein');
    expect((root(again).getElementById('check-rechtlich-einzelabruf') as HTMLInputElement).checked).to.be.true;
  });

  it('tells a Land without configuration whom to ask instead of configuring', async () => {
    const el = await render();
    await chooseLandByKeyboard(el, 'Saarland');
    expect(text(el)).to.contain('noch keine Konfiguration der Sozialplattform hinterlegt');
    root(el).querySelector<HTMLButtonElement>('[data-configure]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Für Saarland gibt es noch keine Konfiguration');
    expect(root(el).querySelector('a[href="mailto:ozg-team@ego-saar.de"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reports the loader\'s own messages in an error summary that gets focus', async () => {
    const el = await render();
    await chooseLandByKeyboard(el, 'Bayern');
    root(el).querySelector<HTMLButtonElement>('[data-configure]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Kommune und Leistungen');
    root(el).getElementById('f-name')!.focus();
    await sendKeys({ type: 'Stadt Musterstadt' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '05913000' });
    root(el).querySelector<HTMLButtonElement>('[data-next]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const summary = root(el).querySelector('[data-error-summary]')!;
    expect(root(el).activeElement).to.equal(summary);
    // Exactly the cascade rule's wording (src/tenant/rules.ts).
    expect(summary.textContent).to.contain('den Länderschlüssel, mit dem der AGS 05913000 beginnt (05)');
    expect(root(el).getElementById('f-ags')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('passes axe on every configurator step and shows a live contrast verdict', async () => {
    const a = actor();
    a.send({ type: 'SELECT_LAND', key: '05' });
    a.send({ type: 'CONFIGURE' });
    const el = await render();
    await expect(el).to.be.accessible();
    a.send({ type: 'EDIT', patch: { ags: '05999000', name: 'Musterstadt', services: [{ service: 'leistungsfinder', office: '', onlineApplication: false, applicationKey: '' }] } });
    a.send({ type: 'NEXT' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Zuständige Stellen');
    await expect(el).to.be.accessible();
    a.send({ type: 'EDIT', patch: { offices: [{ ...emptyOffice('sozialamt'), name: 'Sozialamt', street: 'Markt 1', postalCode: '44137', city: 'Musterstadt' }] } });
    a.send({ type: 'NEXT' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Farben');
    await expect(el).to.be.accessible();

    const primary = root(el).getElementById('f-theme-primary') as HTMLInputElement;
    primary.focus();
    primary.select();
    await sendKeys({ type: '#dddddd' });
    await settle(el);
    expect(text(el)).to.contain('Farbpaarungen sind zu kontrastarm');
    expect(root(el).querySelector('.verdicts .fail')!.textContent).to.contain('Schrift auf Schaltflächen auf Hauptfarbe (Schaltflächen, Links)').and.to.contain('1.36:1');
    await expect(el).to.be.accessible();
    primary.select();
    await sendKeys({ type: '#004b87' });
    await settle(el);
    expect(text(el)).to.contain('Alle Farbpaarungen erfüllen WCAG 2.2 AA');

    a.send({ type: 'NEXT' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Sprachen');
    await expect(el).to.be.accessible();
    const page = 'https://www.musterstadt.example/';
    a.send({ type: 'EDIT', patch: { links: { imprint: page, privacy: page, accessibility: page, feedback: page }, region: { lat: '51.5', lon: '7.4', radiusKm: '20' } } });
    a.send({ type: 'NEXT' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Vorschau');
    expect(root(el).querySelector('iframe')!.getAttribute('title')).to.contain('Vorschau');
    a.send({ type: 'NEXT' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Ergebnis');
    const download = root(el).getElementById('download-config') as HTMLAnchorElement;
    expect(download.download).to.equal('05999000.json');
    expect(JSON.parse(decodeURIComponent(download.href.split(',').slice(1).join(','))).name).to.equal('Musterstadt');
    expect(root(el).getElementById('snippet')!.textContent).to.contain('data-tenant="05999000"');
    const statement = root(el).getElementById('download-accessibility-statement') as HTMLAnchorElement;
    expect(statement.download).to.equal('erklaerung-barrierefreiheit-05999000.md');
    expect(decodeURIComponent(statement.href.split(',').slice(1).join(','))).to.contain('Musterstadt ist bemüht').and.contain('- Online: https://www.musterstadt.example/');
    await expect(el).to.be.accessible();
  });

  it('lists every problem of an imported file with its fix', async () => {
    const file = await (await fetch('/data/tenants/kommunen/05913000.json')).json();
    file.links.imprint = 'impressum.html';
    file.services.push({ service: 'seniorenpass', onlineApplication: false });
    actor().send({ type: 'IMPORT', fileName: 'dortmund.json', text: JSON.stringify(file) });
    const el = await render();
    expect(heading(el).textContent).to.contain('Prüfung der Datei dortmund.json');
    const items = root(el).querySelectorAll('.issues > li');
    expect(items.length).to.equal(2);
    expect(text(el)).to.contain('So beheben Sie es');
    expect(text(el)).to.contain('Das Land Nordrhein-Westfalen hat „seniorenpass“ nicht übernommen');
    await expect(el).to.be.accessible();
  });
});
