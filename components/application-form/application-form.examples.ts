/**
 * States of <soz-application-form> for the accessibility sweep (see components/ui/examples.ts),
 * for each of the three forms: the start page, every step on the path the example answers take
 * (with the error summary of the first), a refused upload, the review with missing declarations,
 * sending failed, the receipt; plus a restored draft and the paper route where a form is not online.
 * Submissions go to the in-page mock API.
 */
import { definition as but } from '../../forms/bildung-und-teilhabe/definition.ts';
import { deleteDraft, loadDraft } from '../../forms/engine/draft-store.ts';
import { visibleFields, visibleSteps } from '../../forms/engine/reachability.ts';
import type { Answers, FormDefinition, SimpleField, Step } from '../../forms/engine/types.ts';
import { definition as hzl } from '../../forms/hilfe-zum-lebensunterhalt/definition.ts';
import { definition as miet } from '../../forms/mietrueckstaende/definition.ts';
import { discardActor } from '../../src/flows/actor-registry.ts';
import { activate, has, mount, part, parts, settle, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const TAG = 'soz-application-form';
const DORTMUND = '05913000';

/** The example answer of every simple field, by id (group members by their own id). */
function examplesOf(def: FormDefinition): Map<string, string> {
  const map = new Map<string, string>();
  const add = (f: SimpleField) => f.kind === 'input' && map.set(f.id, f.example);
  for (const field of def.steps.flatMap((s) => s.fields)) {
    if (field.kind === 'group') field.fields.forEach(add);
    else if (field.kind !== 'document') add(field);
  }
  return map;
}

/** The answers the example citizen gives: each example text, the first option of every choice. */
function exampleAnswers(def: FormDefinition): Answers {
  const sample = (f: SimpleField) => (f.kind === 'input' ? f.example : f.multiple ? [f.options[0]!.value] : f.options[0]!.value);
  const answers: Answers = {};
  for (const field of def.steps.flatMap((s) => s.fields)) {
    if (field.kind === 'group') answers[field.id] = [Object.fromEntries(field.fields.map((f) => [f.id, sample(f)]))];
    else if (field.kind !== 'document') answers[field.id] = sample(field);
  }
  return answers;
}

/** What shows that a step is on screen: its first field the example citizen sees. */
const marker = (def: FormDefinition, step: Step) => `[id="${visibleFields(step, exampleAnswers(def))[0]!.id}"]`;

/** Fills the visible step like a citizen with the example answers: types each text, ticks the first option. */
async function fillStep(ctx: ExampleContext, el: HTMLElement, examples: Map<string, string>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const input of parts<HTMLInputElement>(el, 'form input[type=text], form input[type=email], form input[type=tel], form textarea')) {
      const example = examples.get(input.id) ?? examples.get(input.id.split('.').pop()!);
      if (input.value || example === undefined) continue;
      await ctx.user.type(input, example);
      changed = true;
    }
    for (const fieldset of parts<HTMLFieldSetElement>(el, 'form fieldset')) {
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>(':scope > .choices input[type=radio]')];
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>(':scope > .choices input[type=checkbox]')];
      const choices = radios.length ? radios : boxes;
      if (!choices.length || choices.some((c) => c.checked) || fieldset.id.startsWith('erklaerung.')) continue;
      choices[0]!.focus();
      await ctx.user.press('Space');
      changed = true;
    }
    // Answers can reveal more fields; go round again.
    await settle(el);
    if (!changed) break;
  }
}

function formExamples(label: string, service: string, definition: () => FormDefinition, options: { failure?: boolean; refusedUpload?: string } = {}): Example[] {
  const def = definition();
  const examples = examplesOf(def);
  const steps = visibleSteps(def, exampleAnswers(def));
  const flowId = `application-form:${DORTMUND}:${service}`;
  const stepName = (i: number) => `${label}: step ${i + 1} (${steps[i]!.id})`;

  const start: Example = {
    name: `${label}: start`,
    async render(ctx) {
      discardActor(flowId);
      await deleteDraft(DORTMUND, def.formId);
      await ctx.tenant(DORTMUND);
      const el = await mount(ctx, TAG, { service });
      await until(() => has(el, '#heading'), 'start page');
      return el;
    },
  };
  const list: Example[] = [
    start,
    {
      name: stepName(0),
      from: start.name,
      async act(el, ctx) {
        await activate(ctx, el, '.actions > .button');
        await until(() => has(el, marker(def, steps[0]!)), steps[0]!.id);
      },
    },
    {
      name: `${label}: step 1, error summary`,
      from: stepName(0),
      async act(el, ctx) {
        await activate(ctx, el, 'form button[type=submit]');
        await until(() => has(el, '[data-error-summary]'), 'error summary');
      },
    },
  ];
  steps.slice(1).forEach((step, index) => {
    list.push({
      name: stepName(index + 1),
      from: list.at(-1)!.name,
      async act(el, ctx) {
        await fillStep(ctx, el, examples);
        await activate(ctx, el, 'form button[type=submit]');
        await until(() => has(el, marker(def, step)), step.id);
      },
    });
    if (step.id !== options.refusedUpload) return;
    list.push({
      name: `${label}: ${step.id}: file refused`,
      from: list.at(-1)!.name,
      async act(el) {
        // A file chosen in the browser's dialog arrives like this; its content is no PDF.
        const input = part<HTMLInputElement>(el, 'input[type=file]');
        const transfer = new DataTransfer();
        transfer.items.add(new File(['MZ not a pdf'], 'auszug.pdf', { type: 'application/pdf' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => has(el, '.document .error-message'), 'upload refused');
      },
    });
  });
  list.push(
    {
      name: `${label}: review`,
      from: list.at(-1)!.name,
      async act(el, ctx) {
        await fillStep(ctx, el, examples);
        await activate(ctx, el, 'form button[type=submit]');
        await until(() => has(el, 'input[name^="erklaerung."]'), 'review page');
      },
    },
    {
      name: `${label}: review, declarations missing`,
      from: `${label}: review`,
      async act(el, ctx) {
        await activate(ctx, el, 'form .actions button[type=submit]');
        await until(() => has(el, '[data-error-summary]'), 'error summary');
      },
    },
  );
  const tickAndSend = async (el: HTMLElement, ctx: ExampleContext) => {
    for (const box of parts<HTMLInputElement>(el, 'input[type=checkbox][name^="erklaerung."]')) {
      box.focus();
      await ctx.user.press('Space');
    }
    await activate(ctx, el, 'form .actions button[type=submit]');
  };
  if (options.failure) {
    list.push(
      {
        name: `${label}: not sent, connection failed`,
        from: `${label}: review, declarations missing`,
        async act(el, ctx) {
          ctx.network.fail('/api/applications', 'POST');
          await tickAndSend(el, ctx);
          await until(() => !has(el, 'form') && has(el, '.actions .button.secondary'), 'sending failed', 20_000);
        },
      },
      {
        name: `${label}: submitted`,
        from: `${label}: not sent, connection failed`,
        async act(el, ctx) {
          ctx.network.restore();
          await activate(ctx, el, '.actions .button:not(.secondary)');
          await until(() => has(el, '.receipt'), 'receipt', 20_000);
        },
      },
    );
  } else {
    list.push({
      name: `${label}: submitted`,
      from: `${label}: review, declarations missing`,
      async act(el, ctx) {
        await tickAndSend(el, ctx);
        await until(() => has(el, '.receipt'), 'receipt', 20_000);
      },
    });
  }
  return list;
}

/** Hilfe zum Lebensunterhalt, with sending failed, a refused upload, a restored draft and the paper route. */
export const hzlExamples: Example[] = [
  ...formExamples('HzL', 'hilfe-zum-lebensunterhalt', hzl, { failure: true, refusedUpload: hzl().steps.find((s) => s.fields.some((f) => f.kind === 'document'))!.id }),
  {
    name: 'HzL: draft restored after a reload',
    async render(ctx) {
      const flowId = `application-form:${DORTMUND}:hilfe-zum-lebensunterhalt`;
      discardActor(flowId);
      await deleteDraft(DORTMUND, 'hzl-antrag');
      await ctx.tenant(DORTMUND);
      const first = await mount(ctx, TAG, { service: 'hilfe-zum-lebensunterhalt' });
      await until(() => has(first, '#heading'), 'start page');
      await activate(ctx, first, '.actions > .button');
      await fillStep(ctx, first, examplesOf(hzl()));
      await activate(ctx, first, 'form button[type=submit]');
      const second = marker(hzl(), hzl().steps[1]!);
      await until(() => has(first, second), 'second step');
      for (let i = 0; i < 100 && (await loadDraft(DORTMUND, 'hzl-antrag'))?.snapshot.value !== hzl().steps[1]!.id; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      // A reload: the element and its flow are gone, only the encrypted draft on the device remains.
      first.remove();
      discardActor(flowId);
      const el = await mount(ctx, TAG, { service: 'hilfe-zum-lebensunterhalt' });
      await until(() => has(el, second), 'restored step');
      return el;
    },
  },
  {
    name: 'not online here: office and paper route',
    async render(ctx) {
      await ctx.tenant('05711000', (k) => (k.locales = ['de', 'de-x-ls', 'en', 'tr', 'ar', 'uk', 'ru']));
      const el = await mount(ctx, TAG, { service: 'hilfe-zum-lebensunterhalt' });
      await until(() => has(el, '[part=office]'), 'fallback');
      return el;
    },
  },
];

export const butExamples: Example[] = formExamples('BuT', 'bildung-und-teilhabe', but);
export const mietExamples: Example[] = formExamples('Mietschulden', 'mietrueckstaende', miet);
export const applicationFormExamples: Example[] = [...hzlExamples, ...butExamples, ...mietExamples];
