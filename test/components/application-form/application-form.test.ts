import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/application-form/define.ts';
import type { SozApplicationForm } from '../../../components/application-form/application-form.component.ts';
import { deleteDraft, loadDraft } from '../../../forms/engine/draft-store.ts';
import { discardActor } from '../../../src/flows/actor-registry.ts';
import { useDemoTenant } from '../support/tenant.ts';
import { fillVisibleStep, heading, office, pressButton, worker } from './support.ts';

const SERVICE = 'hilfe-zum-lebensunterhalt';
const DORTMUND = '05913000';

async function mount(service = SERVICE): Promise<SozApplicationForm> {
  const el = await fixture<SozApplicationForm>(html`<soz-application-form service=${service}></soz-application-form>`);
  await waitUntil(() => heading(el.shadowRoot!), 'form did not load', { timeout: 5000 });
  return el;
}

const headingText = (el: SozApplicationForm) => heading(el.shadowRoot!)?.textContent?.trim();
const focusedId = (el: SozApplicationForm) => el.shadowRoot!.activeElement?.id;

async function untilHeading(el: SozApplicationForm, text: string | RegExp) {
  await waitUntil(() => {
    const t = headingText(el) ?? '';
    return typeof text === 'string' ? t === text : text.test(t);
  }, `heading ${text} not shown (is: ${headingText(el)})`, { timeout: 8000 });
}

describe('<soz-application-form>', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());

  beforeEach(async () => {
    await useDemoTenant(DORTMUND);
    discardActor(`application-form:${DORTMUND}:${SERVICE}`);
    await deleteDraft(DORTMUND, 'hzl-antrag');
    office.down = false;
    office.stored.clear();
    office.attempts = 0;
  });

  it('shows the start page: purpose, duration, what to have ready, counselling; accessible', async () => {
    const el = await mount();
    expect(headingText(el)).to.equal('Antrag auf Hilfe zum Lebensunterhalt');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('etwa 25 Minuten');
    expect(text).to.contain('Das sollten Sie bereitlegen');
    expect(text).to.contain('nur auf diesem Gerät');
    expect(text).to.contain('Beratungsstelle finden');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the step heading, and to the error summary after an incomplete step', async () => {
    const el = await mount();
    await pressButton(el.shadowRoot!, 'Antrag beginnen');
    await untilHeading(el, 'Angaben zu Ihrer Person');
    expect(focusedId(el)).to.equal('heading');
    expect(el.shadowRoot!.textContent).to.contain('Schritt 1 von');

    await pressButton(el.shadowRoot!, 'Weiter');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-error-summary]'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-error-summary')).to.be.true;
    const input = el.shadowRoot!.getElementById('fim.person.familienname') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('fim.person.familienname-error');
    await expect(el).to.be.accessible();

    // The summary's link takes the citizen to the field.
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-error-summary] a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(focusedId(el)).to.equal('fim.person.familienname');
  });

  it('walks every step by keyboard (axe on each), changes an answer from the review page and submits once', async function () {
    this.timeout(40_000);
    const el = await mount();
    const root = el.shadowRoot!;
    await pressButton(root, 'Antrag beginnen');
    const seen: string[] = [];
    while (!/Prüfen Sie/.test(headingText(el) ?? '')) {
      const title = headingText(el)!;
      seen.push(title);
      expect(seen.length, 'too many steps').to.be.below(15);
      await fillVisibleStep(root);
      await expect(el, `step ${title}`).to.be.accessible();
      await pressButton(root, /^Weiter( zur Übersicht)?$/);
      await waitUntil(() => headingText(el) !== title, `stuck on ${title}: ${root.querySelector('[data-error-summary]')?.textContent}`, { timeout: 5000 });
    }
    expect(seen).to.include.members(['Angaben zu Ihrer Person', 'Ihr Haushalt', 'Ihre Wohnung', 'Bankverbindung', 'Nachweise hochladen']);
    await expect(el).to.be.accessible();
    expect(root.textContent).to.contain('DE89 3704 0044 0532 0130 00');

    // "ändern" on the housing section, then back to the review page.
    await pressButton(root, /ändern: Ihre Wohnung/);
    await untilHeading(el, 'Ihre Wohnung');
    await pressButton(root, 'Weiter zur Übersicht');
    await untilHeading(el, 'Prüfen Sie Ihre Angaben');

    // Without the declarations the application is not sent.
    await pressButton(root, 'Antrag verbindlich absenden');
    await waitUntil(() => root.querySelector('[data-error-summary]'));
    expect(office.attempts).to.equal(0);
    expect(root.querySelector('[data-error-summary]')!.textContent).to.contain('Bitte bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.');
    expect(root.textContent).to.contain('Erklärung zum Datenschutz');
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][name^="erklaerung."]')) {
      box.focus();
      await sendKeys({ press: 'Space' });
    }
    await pressButton(root, 'Antrag verbindlich absenden');
    await untilHeading(el, 'Ihr Antrag ist eingegangen');
    expect(root.textContent).to.contain('SP-TEST-1');
    expect(office.stored.size).to.equal(1);
    const [stored] = [...office.stored.values()];
    expect(stored!.body.service).to.equal(SERVICE);
    expect(stored!.body.tenant).to.equal(DORTMUND);
    expect(String(stored!.body.ciphertext).split('.')).to.have.length(5);
    expect(JSON.stringify(stored!.body)).not.to.contain('Yılmaz');
    await expect(el).to.be.accessible();
    await waitUntil(async () => (await loadDraft(DORTMUND, 'hzl-antrag')) === undefined, 'draft not deleted after submit');
  });

  it('restores the draft after a reload, on the same step with the answers typed', async () => {
    let el = await mount();
    await pressButton(el.shadowRoot!, 'Antrag beginnen');
    await untilHeading(el, 'Angaben zu Ihrer Person');
    await fillVisibleStep(el.shadowRoot!);
    await pressButton(el.shadowRoot!, 'Weiter');
    await untilHeading(el, 'Wohnanschrift und Kontakt');
    const street = el.shadowRoot!.getElementById('fim.anschrift.strasse') as HTMLInputElement;
    street.focus();
    await sendKeys({ type: 'Kampstraße 12' });
    await waitUntil(async () => (await loadDraft(DORTMUND, 'hzl-antrag'))?.snapshot.context.answers['fim.anschrift.strasse'] === 'Kampstraße 12');

    // A reload: the page's actor and element are gone; only the encrypted draft remains.
    el.remove();
    discardActor(`application-form:${DORTMUND}:${SERVICE}`);
    el = await mount();
    await untilHeading(el, 'Wohnanschrift und Kontakt');
    expect((el.shadowRoot!.getElementById('fim.anschrift.strasse') as HTMLInputElement).value).to.equal('Kampstraße 12');
    expect(el.shadowRoot!.querySelector('.live')!.textContent).to.contain('Willkommen zurück');
    await pressButton(el.shadowRoot!, 'Zurück');
    await untilHeading(el, 'Angaben zu Ihrer Person');
    expect((el.shadowRoot!.getElementById('fim.person.vorname') as HTMLInputElement).value).to.equal('Ayşe');

    // "Entwurf löschen" removes it from the device.
    await pressButton(el.shadowRoot!, 'Entwurf löschen');
    await untilHeading(el, 'Antrag auf Hilfe zum Lebensunterhalt');
    expect(await loadDraft(DORTMUND, 'hzl-antrag')).to.equal(undefined);
  });

  it('keeps the application when the API is down, and sends it exactly once when it is back', async function () {
    this.timeout(30_000);
    const el = await mount();
    const root = el.shadowRoot!;
    await pressButton(root, 'Antrag beginnen');
    while (!/Prüfen Sie/.test(headingText(el) ?? '')) {
      const title = headingText(el);
      await fillVisibleStep(root);
      await pressButton(root, /^Weiter( zur Übersicht)?$/);
      await waitUntil(() => headingText(el) !== title, `stuck on ${title}`, { timeout: 5000 });
    }
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][name^="erklaerung."]')) {
      box.focus();
      await sendKeys({ press: 'Space' });
    }
    office.down = true;
    await pressButton(root, 'Antrag verbindlich absenden');
    await untilHeading(el, 'Ihr Antrag wurde noch nicht gesendet');
    expect(office.attempts).to.equal(3);
    expect(office.stored.size).to.equal(0);
    await expect(el).to.be.accessible();

    office.down = false;
    await pressButton(root, 'Erneut senden');
    await untilHeading(el, 'Ihr Antrag ist eingegangen');
    // Retrying once more with the same key (e.g. the answer got lost) files nothing new.
    expect(office.stored.size).to.equal(1);
  });

  it('checks uploads by content and size, and lets the citizen remove them', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    el['flow']!.actor.send({ type: 'START', idempotencyKey: 'k-upload-test-0001' });
    // Jump to the upload step through the machine's own path (the walk is covered above).
    const def = (await import('../../../forms/hilfe-zum-lebensunterhalt/definition.ts')).definition();
    const { completeAnswers } = await import('./answers.ts');
    el['flow']!.actor.send({ type: 'ANSWERS', values: completeAnswers(def) });
    for (let i = 0; i < def.steps.length - 1; i++) el['flow']!.actor.send({ type: 'NEXT' });
    await untilHeading(el, 'Nachweise hochladen');
    const input = root.getElementById('hzl.nachweise.kontoauszuege') as HTMLInputElement;
    const drop = (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    drop(new File(['MZ not a pdf'], 'auszug.pdf', { type: 'application/pdf' }));
    await waitUntil(() => root.textContent!.includes('keine PDF-, JPEG- oder PNG-Datei'));
    await expect(el).to.be.accessible();
    drop(new File([new Uint8Array(5 * 1024 * 1024).fill(0x25)], 'riesig.pdf'));
    await waitUntil(() => root.textContent!.includes('Erlaubt sind höchstens 4 MB'));
    drop(new File(['%PDF-1.7 Kontoauszug'], 'foto.png'));
    await waitUntil(() => root.querySelector('.documents')?.textContent?.includes('foto.png'));
    expect(root.textContent).not.to.contain('keine PDF-');
    await expect(el).to.be.accessible();
    await pressButton(root, /Entfernen: foto\.png/);
    await waitUntil(() => !root.querySelector('.documents'));
  });

  it('shows the office and the paper route where the service is not online in this municipality', async () => {
    await useDemoTenant('05711000');
    const el = await fixture<SozApplicationForm>(html`<soz-application-form service=${SERVICE}></soz-application-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2'));
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('noch nicht online verfügbar');
    expect(text).to.contain('So stellen Sie den Antrag');
    expect(el.shadowRoot!.querySelector('[part=office]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
