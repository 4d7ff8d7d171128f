/**
 * States of <soz-municipal-onboarding> for the accessibility sweep (see components/ui/examples.ts):
 * choosing the Land (and forgetting to), the guide with its checklist, a Land without configuration,
 * every configurator step with its error summary and contrast verdict, and an imported file with
 * problems. Long data entry goes through the configurator's own flow (as its component test does);
 * navigation and the fields that show errors are worked by keyboard.
 */
import { discardActor, getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { PROGRESS_KEY } from '../../src/onboarding/checklist-progress.ts';
import { emptyOffice } from '../../src/onboarding/configurator/draft.ts';
import { configuratorMachine } from '../../src/onboarding/configurator/machine.ts';
import { LAND_CONFIGS, PLATFORM } from '../../src/onboarding/land-configs.ts';
import { activate, afterPress, fill, has, mount, settle, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const TAG = 'soz-municipal-onboarding';
const FLOW_ID = 'municipal-onboarding';
const flow = () => getOrCreateActor(FLOW_ID, configuratorMachine, { input: { laender: LAND_CONFIGS, platform: PLATFORM } });

async function fresh(ctx: ExampleContext): Promise<HTMLElement> {
  discardActor(FLOW_ID);
  localStorage.removeItem(PROGRESS_KEY);
  await ctx.tenant('05913000');
  return mount(ctx, TAG);
}

/** Chooses a Land in the select by typing its name, then "Weiter". */
async function chooseLand(ctx: ExampleContext, el: HTMLElement, name: string): Promise<void> {
  await fill(ctx, el, '#land-select', name);
  await activate(ctx, el, 'form button[type=submit]');
  await until(() => has(el, '[data-configure]'), `guide for ${name}`);
}

/** "Weiter" of a configurator step, then waits for the field that marks the next one. */
async function next(ctx: ExampleContext, el: HTMLElement, marker: string): Promise<void> {
  await activate(ctx, el, '[data-next]');
  await until(() => has(el, marker), marker);
}

export const municipalOnboardingExamples: Example[] = [
  { name: 'choose the Land', render: fresh },
  { name: 'no Land chosen: error', from: 'choose the Land', act: (el, ctx) => activate(ctx, el, 'form button[type=submit]') },
  { name: 'NRW: contact, routes and checklist', from: 'no Land chosen: error', act: (el, ctx) => chooseLand(ctx, el, 'Nordrhein') },
  {
    name: 'NRW: checklist item done',
    from: 'NRW: contact, routes and checklist',
    act: (el, ctx) => activate(ctx, el, '#check-rechtlich-einzelabruf'),
  },
  afterPress('configurator: municipality and services', 'NRW: checklist item done', '[data-configure]', '#f-name', 'first step'),
  {
    name: 'configurator: AGS of another Land, error summary',
    from: 'configurator: municipality and services',
    async act(el, ctx) {
      await fill(ctx, el, '#f-name', 'Stadt Musterstadt');
      await fill(ctx, el, '#f-ags', '09162000');
      await activate(ctx, el, 'input[name="f-services"]');
      await activate(ctx, el, '[data-next]');
      await until(() => has(el, '[data-error-summary]'), 'error summary');
    },
  },
  {
    name: 'configurator: offices',
    from: 'configurator: AGS of another Land, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#f-ags', '05999000');
      await next(ctx, el, '#f-offices-0-name');
    },
  },
  {
    name: 'configurator: colours',
    from: 'configurator: offices',
    async act(el, ctx) {
      flow().send({ type: 'EDIT', patch: { offices: [{ ...emptyOffice('sozialamt'), name: 'Sozialamt', street: 'Markt 1', postalCode: '44137', city: 'Musterstadt' }] } });
      await settle(el);
      await next(ctx, el, '#f-theme-primary');
    },
  },
  {
    name: 'configurator: colours with too little contrast',
    from: 'configurator: colours',
    async act(el, ctx) {
      await fill(ctx, el, '#f-theme-primary', '#dddddd');
      await until(() => has(el, '.verdicts .fail'), 'contrast verdict');
    },
  },
  {
    name: 'configurator: languages and links',
    from: 'configurator: colours with too little contrast',
    async act(el, ctx) {
      await fill(ctx, el, '#f-theme-primary', '#004b87');
      await next(ctx, el, '#f-locales');
    },
  },
  {
    name: 'configurator: preview',
    from: 'configurator: languages and links',
    async act(el, ctx) {
      const page = 'https://www.musterstadt.example/';
      flow().send({ type: 'EDIT', patch: { links: { imprint: page, privacy: page, accessibility: page, feedback: page }, region: { lat: '51.5', lon: '7.4', radiusKm: '20' } } });
      await settle(el);
      await next(ctx, el, 'iframe');
    },
  },
  { name: 'configurator: result', from: 'configurator: preview', act: (el, ctx) => next(ctx, el, '#download-config') },
  {
    name: 'Saarland: no configuration yet',
    async render(ctx) {
      const el = await fresh(ctx);
      await chooseLand(ctx, el, 'Saarland');
      await activate(ctx, el, '[data-configure]');
      return el;
    },
  },
  {
    name: 'imported file with problems',
    async render(ctx) {
      const el = await fresh(ctx);
      // A file chosen in the browser's dialog arrives like this.
      const broken = { ags: '05913000', land: '05', name: 'Stadt Dortmund', links: { imprint: 'impressum.html' }, services: [{ service: 'seniorenpass', onlineApplication: false }] };
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#import-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(broken)], 'dortmund.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => has(el, '.issues'), 'list of problems');
      return el;
    },
  },
];
