/**
 * States of <soz-appointment-booking> and its manage page (mode="manage") for the accessibility
 * sweep (see components/ui/examples.ts), against the in-page mock API: every booking step with
 * its error summary, loading and failure, and every view of the manage page.
 */
import { createBookingClient, newIdempotencyKey, solveProof } from '../../src/api/bookings.ts';
import { discardActor } from '../../src/flows/actor-registry.ts';
import { activate, afterPress, fill, has, mount, part, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const TAG = 'soz-appointment-booking';
const FLOW = 'examples-booking';
const CENTRE = 'mock-do-1';

async function booking(ctx: ExampleContext, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  discardActor(FLOW);
  await ctx.tenant('05913000');
  return mount(ctx, TAG, { 'flow-id': FLOW, ...attributes });
}

/** The details step with a slot held at the demo centre. */
async function detailsStep(ctx: ExampleContext): Promise<HTMLElement> {
  const el = await booking(ctx, { 'centre-id': CENTRE });
  await until(() => has(el, 'input[name=topic]'), 'topics');
  await activate(ctx, el, 'form button[type=submit]');
  await until(() => has(el, 'button.day'), 'days');
  // Another booking may take a slot first (409): then, like a citizen, take the next one offered.
  for (let attempt = 0; attempt < 5 && !has(el, '#name'); attempt++) {
    await until(() => has(el, 'button.day:not([disabled])'), 'days');
    await activate(ctx, el, 'button.day');
    await until(() => has(el, 'button.slot:not([disabled])'), 'times');
    await activate(ctx, el, 'button.slot');
    await until(() => has(el, '#name') || has(el, '.notice[role=status]') || has(el, '[role=alert]'), 'details step', 5000).catch(() => undefined);
  }
  await until(() => has(el, '#name'), 'details step');
  return el;
}

/** A provisional booking by phone, as the manage link in a confirmation gives it (first free slot). */
async function provisionalBooking(): Promise<string> {
  const client = createBookingClient({ apiBase: '/api/' });
  const options = await client.options(CENTRE);
  const topic = options.topics[0]!;
  const list = await client.slots(CENTRE, { topic, mode: 'vor-ort', days: 28 });
  const slot = list.days.flatMap((d) => d.slots)[0]!;
  const hold = await client.hold({ centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt });
  const proof = await solveProof(await client.challenge());
  const receipt = await client.book(
    { centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt, holdToken: hold.holdToken, contact: { name: 'Alex', phone: '0231 123456' }, consent: true, proof: proof! },
    newIdempotencyKey(),
  );
  return receipt.manageToken!;
}

async function managePage(ctx: ExampleContext, token: string): Promise<HTMLElement> {
  history.replaceState(null, '', `${location.pathname}${location.search}#token=${token}`);
  await ctx.tenant('05913000');
  const el = await mount(ctx, TAG, { mode: 'manage' });
  await until(() => has(el, '.status') || has(el, '[role=alert]'), 'the booking or a message');
  return el;
}

/** Goes back to the overview of the manage page after an action. */
const overview = (el: HTMLElement) => until(() => has(el, '.status') && !has(el, 'form'), 'overview');

export const appointmentBookingExamples: Example[] = [
  { name: 'centre: postcode', render: (ctx) => booking(ctx) },
  afterPress('centre: postcode missing, error summary', 'centre: postcode', 'form button[type=submit]', '[data-error-summary]', 'error summary'),
  {
    name: 'centre: centres with online booking',
    from: 'centre: postcode missing, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#plz', '44137');
      await activate(ctx, el, 'form button[type=submit]');
      await until(() => has(el, 'ul.centres button'), 'centres');
    },
  },
  afterPress('topic and form of counselling', 'centre: centres with online booking', 'ul.centres button', 'input[name=topic]', 'topics'),
  afterPress('days with free appointments', 'topic and form of counselling', 'form button[type=submit]', 'button.day', 'days'),
  afterPress('times of a day', 'days with free appointments', 'button.day', 'button.slot', 'slots'),
  afterPress('later days', 'times of a day', 'button.later', 'button.earlier', 'later page'),
  {
    name: 'details: slot held',
    render: detailsStep,
  },
  afterPress('details: missing, error summary', 'details: slot held', 'form .actions button[type=submit]', '[data-error-summary]', 'error summary'),
  {
    name: 'almost done: confirm by e-mail',
    from: 'details: missing, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#name', 'Alex');
      await fill(ctx, el, '#email', 'alex@example.org');
      await activate(ctx, el, '#consent');
      await activate(ctx, el, 'form .actions button[type=submit]');
      await until(() => !has(el, 'form') && has(el, '[data-step-heading]'), 'confirmation page', 20_000);
    },
  },
  {
    name: 'options loading',
    async render(ctx) {
      ctx.network.hang('/api/centres/:id/booking');
      return booking(ctx, { 'centre-id': CENTRE });
    },
  },
  {
    name: 'options failed',
    async render(ctx) {
      ctx.network.fail('/api/centres/:id/booking');
      const el = await booking(ctx, { 'centre-id': CENTRE });
      await until(() => has(el, '[role=alert]'), 'failure message', 3000);
      // The message must stay: a citizen (and a screen reader) needs time to take it in.
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 50));
        if (!has(el, '[role=alert]')) throw new Error('the failure message disappears again: the options are requested again and again');
      }
      return el;
    },
  },
  {
    name: 'manage: link not valid',
    render: (ctx) => managePage(ctx, 'A'.repeat(43)),
  },
  { name: 'manage: provisional booking', render: async (ctx) => managePage(ctx, await provisionalBooking()) },
  {
    name: 'manage: delete dialog',
    from: 'manage: provisional booking',
    async act(el, ctx) {
      await activate(ctx, el, 'button.delete-data');
      await until(() => part<HTMLDialogElement>(el, '#delete-dialog').open, 'dialog');
    },
  },
  {
    name: 'manage: confirmed',
    from: 'manage: delete dialog',
    async act(el, ctx) {
      await activate(ctx, el, '#delete-dialog button.keep');
      await until(() => !part<HTMLDialogElement>(el, '#delete-dialog').open, 'dialog closed');
      await activate(ctx, el, 'button.confirm');
      await until(() => !has(el, 'button.confirm'), 'confirmed');
    },
  },
  {
    name: 'manage: reschedule',
    from: 'manage: confirmed',
    async act(el, ctx) {
      await activate(ctx, el, 'button.reschedule');
      await until(() => has(el, 'button.day'), 'days to move to');
    },
  },
  {
    name: 'manage: cancel with a reason',
    from: 'manage: reschedule',
    async act(el, ctx) {
      await activate(ctx, el, '.slot-picker ~ p button.link');
      await overview(el);
      await activate(ctx, el, 'button.cancel');
      await fill(ctx, el, '#reason', 'Ich habe schon Hilfe bekommen.');
    },
  },
  {
    name: 'manage: cancelled',
    from: 'manage: cancel with a reason',
    async act(el, ctx) {
      await activate(ctx, el, 'form button[type=submit]');
      await overview(el);
    },
  },
  {
    name: 'manage: data deleted',
    from: 'manage: cancelled',
    async act(el, ctx) {
      await activate(ctx, el, 'button.delete-data');
      await activate(ctx, el, '#delete-dialog button.delete');
      await until(() => !has(el, '.status'), 'deleted');
    },
  },
];
