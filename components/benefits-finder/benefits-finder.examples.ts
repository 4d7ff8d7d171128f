/**
 * States of <soz-benefits-finder> for the accessibility sweep (see components/ui/examples.ts): the
 * start page, every question on two paths (a single parent renting with arrears; a pensioner), the
 * error summaries, the summary, both results, and a save resumed on the next visit.
 */
import { discardActor } from '../../src/flows/actor-registry.ts';
import { activate, fill, mount, parts, settle, type Example, type ExampleContext } from '../ui/examples.ts';
import { STORAGE_KEY } from './saved-answers.ts';
import './define.ts';

const TAG = 'soz-benefits-finder';

async function fresh(ctx: ExampleContext): Promise<HTMLElement> {
  discardActor('benefits-finder');
  localStorage.removeItem(STORAGE_KEY);
  await ctx.tenant('05913000');
  return mount(ctx, TAG);
}

/** Ticks the options with these values in the fieldset `fieldId` (a radio group or checkboxes). */
async function choose(ctx: ExampleContext, el: HTMLElement, fieldId: string, ...values: string[]): Promise<void> {
  for (const value of values) await activate(ctx, el, `input[name="${fieldId}"][value="${value}"]`);
}

const next = (ctx: ExampleContext, el: HTMLElement) => activate(ctx, el, '[data-next]');

/** One question page: answer it, then "Weiter". */
const question = (name: string, from: string, answer: (ctx: ExampleContext, el: HTMLElement) => Promise<void>): Example => ({
  name,
  from,
  async act(el, ctx) {
    await answer(ctx, el);
    await next(ctx, el);
  },
});

/**
 * A fresh check answered page by page, then the result: `#id` fills a text field, any other key
 * ticks that option of the fieldset; each answer is followed by "Weiter".
 */
async function resultFor(ctx: ExampleContext, answers: ReadonlyArray<readonly [string, string]>): Promise<HTMLElement> {
  const el = await fresh(ctx);
  await activate(ctx, el, '[data-start]');
  for (const [field, value] of answers) {
    await (field.startsWith('#') ? fill(ctx, el, field, value) : choose(ctx, el, field, value));
    await next(ctx, el);
  }
  await activate(ctx, el, '[data-evaluate]');
  return el;
}

export const benefitsFinderExamples: Example[] = [
  { name: 'start', render: fresh },
  { name: 'question: age', from: 'start', act: (el, ctx) => activate(ctx, el, '[data-start]') },
  question('age: impossible value, error summary', 'question: age', (ctx, el) => fill(ctx, el, '#q-alter', '150')),
  {
    name: 'household: why-help open',
    from: 'age: impossible value, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#q-alter', '34');
      await next(ctx, el);
      await activate(ctx, el, 'details summary');
    },
  },
  question('household: child too old, error summary', 'household: why-help open', async (ctx, el) => {
    await choose(ctx, el, 'q-haushalt-partner', 'nein');
    await fill(ctx, el, '#q-haushalt-anzahl', '2');
    await fill(ctx, el, '#q-haushalt-kind-0-alter', '9');
    await fill(ctx, el, '#q-haushalt-kind-1-alter', '30');
  }),
  question('question: residence', 'household: child too old, error summary', async (ctx, el) => {
    await fill(ctx, el, '#q-haushalt-anzahl', '1');
    await choose(ctx, el, 'q-haushalt-kind-0-schule', 'ja');
  }),
  question('question: working ability', 'question: residence', (ctx, el) => choose(ctx, el, 'q-aufenthalt', 'deutsch')),
  question('question: activity', 'question: working ability', (ctx, el) => choose(ctx, el, 'q-arbeitsfaehigkeit', 'ja')),
  question('question: income', 'question: activity', (ctx, el) => choose(ctx, el, 'q-taetigkeit', 'beschaeftigt')),
  question('question: benefits received', 'question: income', (ctx, el) => choose(ctx, el, 'q-einkommen-eigenes', '1000-1250')),
  question('question: housing', 'question: benefits received', (ctx, el) => choose(ctx, el, 'q-leistungen', 'keine')),
  question('question: housing costs', 'question: housing', (ctx, el) => choose(ctx, el, 'q-wohnen', 'miete')),
  question('question: housing problems', 'question: housing costs', (ctx, el) => fill(ctx, el, '#q-wohnkosten', '650')),
  question('question: savings', 'question: housing problems', (ctx, el) => choose(ctx, el, 'q-wohnprobleme', 'mietschulden', 'kuendigung')),
  question('question: counselling', 'question: savings', (ctx, el) => choose(ctx, el, 'q-vermoegen', 'unter-200')),
  question('summary', 'question: counselling', (ctx, el) => choose(ctx, el, 'q-beratung', 'schulden')),
  {
    name: 'result: single parent renting with arrears',
    from: 'summary',
    act: (el, ctx) => activate(ctx, el, '[data-evaluate]'),
  },
  {
    name: 'deleted everything',
    from: 'result: single parent renting with arrears',
    act: (el, ctx) => activate(ctx, el, '[data-delete-all]'),
  },
  {
    name: 'pensioner: result',
    render: (ctx) =>
      resultFor(ctx, [
        ['#q-alter', '70'],
        ['q-haushalt-partner', 'nein'],
        ['q-aufenthalt', 'deutsch'],
        ['q-taetigkeit', 'ruhestand'],
        ['q-einkommen-eigenes', '250-500'],
        ['q-leistungen', 'altersrente'],
        ['q-wohnen', 'miete'],
        ['#q-wohnkosten', '500'],
        ['q-wohnprobleme', 'keine'],
        ['q-vermoegen', 'unter-200'],
        ['q-beratung', 'keine'],
      ]),
  },
  {
    name: 'result for a high income and savings',
    render: (ctx) =>
      resultFor(ctx, [
        ['#q-alter', '45'],
        ['q-haushalt-partner', 'nein'],
        ['q-aufenthalt', 'deutsch'],
        ['q-arbeitsfaehigkeit', 'ja'],
        ['q-taetigkeit', 'beschaeftigt'],
        ['q-einkommen-eigenes', 'ueber-4000'],
        ['q-leistungen', 'keine'],
        ['q-wohnen', 'eigentum'],
        ['#q-wohnkosten', '900'],
        ['q-wohnprobleme', 'keine'],
        ['q-vermoegen', 'ueber-60000'],
        ['q-beratung', 'keine'],
      ]),
  },
  {
    name: 'saved answers offered on the next visit',
    async render(ctx) {
      const el = await fresh(ctx);
      await activate(ctx, el, '[data-start]');
      await fill(ctx, el, '#q-alter', '45');
      await next(ctx, el);
      await activate(ctx, el, '#save-opt-in');
      // The next visit: a new page, so a new element and no running flow.
      el.remove();
      discardActor('benefits-finder');
      return mount(ctx, TAG);
    },
  },
  {
    name: 'resumed at the first open question',
    from: 'saved answers offered on the next visit',
    async act(el, ctx) {
      const [resume] = parts(el, '.saved .button:not(.secondary)');
      resume!.focus();
      await ctx.user.press('Enter');
      await settle(el);
    },
  },
];
