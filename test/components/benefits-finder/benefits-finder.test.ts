import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/benefits-finder/define.ts';
import { discardActor } from '../../../src/flows/actor-registry.ts';
import { STORAGE_KEY } from '../../../components/benefits-finder/saved-answers.ts';
import { useDemoTenant } from '../support/tenant.ts';

const root = (el: HTMLElement) => el.shadowRoot!;
const heading = (el: HTMLElement) => root(el).getElementById('view-heading')!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const settle = async (el: HTMLElement) => {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
};
const click = async (el: HTMLElement, selector: string) => {
  root(el).querySelector<HTMLElement>(selector)!.click();
  await settle(el);
};

/** The control a visible label names, as a user finds it (optionally inside the fieldset with this legend). */
function byLabel(el: HTMLElement, label: string, legend?: string): HTMLInputElement {
  const scopes = legend
    ? [...root(el).querySelectorAll('fieldset')].filter((f) => f.querySelector('legend')!.textContent!.trim() === legend)
    : [root(el)];
  const labels = scopes.flatMap((scope) => [...scope.querySelectorAll('label')]).filter((l) => l.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (labels.length !== 1) throw new Error(`${labels.length} labels "${label}"${legend ? ` in "${legend}"` : ''}`);
  return root(el).getElementById(labels[0]!.htmlFor) as HTMLInputElement;
}

/** Ticks a radio button or checkbox by its label, with the space bar. */
async function choose(el: HTMLElement, label: string, legend?: string) {
  byLabel(el, label, legend).focus();
  await sendKeys({ press: 'Space' });
  await settle(el);
}

/** Types into the text field with this label. */
async function fill(el: HTMLElement, label: string, value: string) {
  const input = byLabel(el, label);
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await settle(el);
}

async function next(el: HTMLElement) {
  root(el).querySelector<HTMLElement>('[data-next]')!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** A single parent (34) with a school child, low income, renting with arrears and a notice. */
async function answerShortPath(el: HTMLElement) {
  await fill(el, 'Ihre Antwort (Jahre)', '34');
  await next(el);
  await choose(el, 'Nein, ich lebe ohne Partnerin oder Partner');
  await fill(el, 'Wie viele Kinder unter 25 Jahren leben bei Ihnen?', '1');
  await fill(el, 'Alter von Kind 1 in Jahren', '9');
  await choose(el, 'Ja, Schule oder Kita');
  await next(el);
  await choose(el, 'Deutsch');
  await next(el);
  await choose(el, 'Ja');
  await next(el);
  await choose(el, 'Ich bin angestellt');
  await next(el);
  await choose(el, '1.000 € bis 1.250 €');
  await next(el);
  await choose(el, 'Nichts davon');
  await next(el);
  await choose(el, 'Zur Miete');
  await next(el);
  await fill(el, 'Ihre Antwort (€ im Monat)', '650');
  await next(el);
  await choose(el, 'Ich habe Schulden bei Miete, Nebenkosten oder Energie');
  await choose(el, 'Ich habe eine Kündigung bekommen oder sie wurde angedroht');
  await next(el);
  await choose(el, 'weniger als 200 €');
  await next(el);
  await choose(el, 'Schulden');
  await next(el);
}

/** 70, living alone, a small pension (250–500 €) and 500 € rent: the textbook case of § 41 Abs. 2 SGB XII. */
async function answerPensioner(el: HTMLElement) {
  await fill(el, 'Ihre Antwort (Jahre)', '70');
  await next(el);
  await choose(el, 'Nein, ich lebe ohne Partnerin oder Partner');
  await next(el);
  await choose(el, 'Deutsch');
  await next(el);
  expect(heading(el).textContent, 'no question about working ability past the age limit').to.equal('Was machen Sie zurzeit hauptsächlich?');
  await choose(el, 'Ich bin in Rente oder Pension');
  await next(el);
  await choose(el, '250 € bis 500 €');
  await next(el);
  await choose(el, 'Altersrente');
  await next(el);
  await choose(el, 'Zur Miete');
  await next(el);
  await fill(el, 'Ihre Antwort (€ im Monat)', '500');
  await next(el);
  await choose(el, 'Nein, keine Probleme');
  await next(el);
  await choose(el, 'weniger als 200 €');
  await next(el);
  await choose(el, 'Ich brauche keine Beratung');
  await next(el);
}

describe('<soz-benefits-finder>', () => {
  beforeEach(async () => {
    discardActor('benefits-finder');
    localStorage.clear();
    await useDemoTenant('05913000');
  });

  it('starts with what it is, what it is not, how long it takes and what to have at hand', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    expect(heading(el).textContent).to.contain('Welche Sozialleistungen');
    expect(text(el)).to.contain('verlassen Ihr Gerät nicht');
    expect(text(el)).to.contain('keine Entscheidung');
    expect(text(el)).to.match(/etwa \d+ Minuten/);
    expect(text(el)).to.contain('zur Hand');
    await expect(el).to.be.accessible();
  });

  it('shows one question per page with progress, why-help and focus on the heading', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    root(el).querySelector<HTMLElement>('[data-start]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent).to.equal('Wie alt sind Sie?');
    expect(active(el)).to.equal(heading(el));
    expect(root(el).querySelector('[part=progress]')!.textContent).to.match(/Frage 1 von etwa \d+/);
    expect(root(el).querySelector('details summary')!.textContent).to.equal('Warum fragen wir das?');
    expect(root(el).querySelector('details p')!.textContent).to.contain('Grundsicherung im Alter');
    await expect(el).to.be.accessible();
  });

  it('refuses an impossible age with a message on the field and focus on the error summary', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await fill(el, 'Ihre Antwort (Jahre)', '150');
    await next(el);
    const summary = root(el).querySelector<HTMLElement>('[data-error-summary]')!;
    expect(summary).not.to.equal(null);
    expect(active(el)).to.equal(summary);
    const age = byLabel(el, 'Ihre Antwort (Jahre)');
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.equal('q-alter-error');
    expect(root(el).querySelector('#q-alter-error')!.textContent).to.contain('Mehr als 120 Jahre sind nicht möglich');
    expect(summary.querySelector('a')!.getAttribute('href')).to.equal('#q-alter');
    expect(age.value, 'what was typed is kept').to.equal('150');
    await expect(el).to.be.accessible();
  });

  it('links an impossible child age from the error summary to the field of that child', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await fill(el, 'Ihre Antwort (Jahre)', '30');
    await next(el);
    await choose(el, 'Ja');
    await fill(el, 'Wie viele Kinder unter 25 Jahren leben bei Ihnen?', '2');
    await fill(el, 'Alter von Kind 1 in Jahren', '4');
    await fill(el, 'Alter von Kind 2 in Jahren', '22');
    await next(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[data-error-summary] a')!;
    expect(link.textContent).to.contain('Kind 2 kann nicht 22 Jahre alt sein');
    expect(link.getAttribute('href')).to.equal('#q-haushalt-kind-1-alter');
    const field = byLabel(el, 'Alter von Kind 2 in Jahren');
    expect(field.getAttribute('aria-describedby')).to.equal('q-haushalt-kind-1-alter-error');
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal(field);
    await expect(el).to.be.accessible();
  });

  it('keeps answers when going back', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await fill(el, 'Ihre Antwort (Jahre)', '70');
    await next(el);
    expect(heading(el).textContent).to.contain('Wer lebt');
    await click(el, '[data-back]');
    expect(byLabel(el, 'Ihre Antwort (Jahre)').value).to.equal('70');
  });

  it('runs keyboard-only to a summary where an answer can be changed, then to the result', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await answerShortPath(el);
    expect(heading(el).textContent).to.equal('Ihre Antworten prüfen');
    expect(text(el)).to.contain('1 Kind (9 J.)');
    await expect(el).to.be.accessible();

    // A screen reader hears which answer the button changes, as one sentence.
    expect(root(el).querySelector('[data-change=wohnkosten] .visually-hidden')!.textContent).to.equal('Antwort ändern: Wie hoch sind Ihre Wohnkosten im Monat, mit Heizung?');
    root(el).querySelector<HTMLElement>('[data-change=wohnkosten]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent).to.contain('Wohnkosten');
    await fill(el, 'Ihre Antwort (€ im Monat)', '700');
    await next(el);
    expect(heading(el).textContent, 'returns to the summary').to.equal('Ihre Antworten prüfen');
    expect(text(el)).to.contain('700 € im Monat');

    root(el).querySelector<HTMLElement>('[data-evaluate]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent).to.equal('Ihr Ergebnis');
    expect(active(el)).to.equal(heading(el));
    expect(text(el)).to.contain('Das ist keine Entscheidung.');
    expect(text(el)).to.contain('Kommt wahrscheinlich in Frage');
    await expect(el).to.be.accessible();
  });

  it('says where to apply here: online form where live, else the office and the official route', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await answerShortPath(el);
    await click(el, '[data-evaluate]');

    const arrears = root(el).querySelector('[data-service=mietrueckstaende]')!;
    const apply = arrears.querySelector<HTMLAnchorElement>('[data-apply]')!;
    expect(apply.getAttribute('href')).to.equal('#antrag');
    let started: string | undefined;
    el.addEventListener('soz-start-application', (e) => (started = (e as CustomEvent<{ service: string }>).detail.service));
    apply.click();
    expect(started).to.equal('mietrueckstaende');

    // Bürgergeld is not online in Dortmund: the Jobcenter of the tenant config and the offline route.
    const bg = root(el).querySelector('[data-service=buergergeld]')!;
    expect(bg.textContent).to.contain('Jobcenter Dortmund (Demo)');
    expect(bg.textContent).to.contain('Steinstraße 39');
    expect(bg.querySelector('[data-apply]')).to.equal(null);

    let topic: string | undefined;
    el.addEventListener('soz-find-counselling', (e) => (topic = (e as CustomEvent<{ topic: string }>).detail.topic));
    root(el).querySelector<HTMLAnchorElement>('[data-topic=schuldnerberatung]')!.click();
    expect(topic).to.equal('schuldnerberatung');
    expect(root(el).querySelector('[data-topic=wohnungsnotfallhilfe]'), 'notice of termination = housing emergency').not.to.equal(null);
  });

  it('shows Grundsicherung im Alter as likely for a 70-year-old with a small pension, with its reason and §', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await answerPensioner(el);
    expect(heading(el).textContent).to.equal('Ihre Antworten prüfen');
    await click(el, '[data-evaluate]');

    const likely = [...root(el).querySelectorAll('section.group')].find((g) => g.querySelector('h3')!.textContent === 'Kommt wahrscheinlich in Frage')!;
    const grusi = likely.querySelector('[data-service=grundsicherung-alter-erwerbsminderung]')!;
    expect(grusi, 'in the "wahrscheinlich" group').not.to.equal(null);
    expect(grusi.querySelector('h4')!.textContent, 'each benefit is a heading under its group').to.equal('Grundsicherung im Alter und bei Erwerbsminderung');
    const why = grusi.querySelector('[data-why]')!.textContent!.replace(/\s+/g, ' ');
    expect(why).to.contain('Altersgrenze');
    expect(why).to.contain('§ 41 Abs. 2');
    expect(root(el).querySelector('[data-service=buergergeld]'), 'Bürgergeld ends at the age limit (§ 7a SGB II)').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('stores nothing without opt-in', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await answerShortPath(el);
    await click(el, '[data-evaluate]');
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('saves on opt-in with the date, resumes, and deletes on request', async () => {
    const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    await click(el, '[data-start]');
    await fill(el, 'Ihre Antwort (Jahre)', '45');
    await next(el);
    await choose(el, 'Antworten auf diesem Gerät speichern');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers).to.deep.equal({ alter: 45 });
    expect(root(el).querySelector('#save-opt-in-hint')!.textContent).to.contain('Gespeichert am');

    discardActor('benefits-finder');
    el.remove();
    const again = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
    expect(text(again)).to.contain('Auf diesem Gerät sind Ihre Antworten vom');
    await expect(again).to.be.accessible();
    await click(again, '.saved .button:not(.secondary)');
    expect(heading(again).textContent).to.contain('Wer lebt', 'resumes at the first unanswered question');
    await click(again, '[data-back]');
    expect(byLabel(again, 'Ihre Antwort (Jahre)').value).to.equal('45');

    await click(again, '[data-delete-all]');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(root(again).querySelector('[data-deleted]')!.textContent).to.contain('gespeicherten Antworten auf diesem Gerät');
    expect(heading(again).textContent).to.contain('Welche Sozialleistungen');
    await expect(again).to.be.accessible();
  });

  it('sends no request while a citizen answers', async () => {
    const seen: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      const el = await fixture<HTMLElement>(html`<soz-benefits-finder></soz-benefits-finder>`);
      await click(el, '[data-start]');
      await answerShortPath(el);
      await click(el, '[data-evaluate]');
    } finally {
      window.fetch = original;
    }
    expect(seen).to.deep.equal([]);
  });
});
