/**
 * States of <soz-advisor-desk> for the accessibility sweep (see components/ui/examples.ts), against
 * the in-page mock API with its demo accounts: sign-in and its errors, the appointment views, the
 * details dialog, availability with errors and preview, calendar subscription, the profile of a
 * centre admin, the idle warning and signing out.
 */
import { createBookingClient, newIdempotencyKey, solveProof } from '../../src/api/bookings.ts';
import { activate, afterPress, fill, has, mount, part, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const TAG = 'soz-advisor-desk';
const PASSWORD = 'Demo-Beratung-2026!';
const CENTRE = 'mock-do-1';
const heading = (el: HTMLElement) => has(el, '#view-heading')?.textContent?.trim() ?? '';

async function desk(ctx: ExampleContext, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  await ctx.tenant('05913000');
  const el = await mount(ctx, TAG, { 'session-transport': 'bearer', 'poll-seconds': '0', ...attributes });
  await until(() => has(el, '#username'), 'sign-in form');
  return el;
}

async function signIn(ctx: ExampleContext, el: HTMLElement, username: string): Promise<void> {
  await fill(ctx, el, '#username', username);
  await fill(ctx, el, '#password', PASSWORD);
  await ctx.user.press('Enter');
  await until(() => has(el, 'header.desk') && has(el, '#view-heading'), 'signed in');
}

/** Opens the desk's view number `n` (1 = Heute … 6 = Profil) from the navigation. */
async function view(ctx: ExampleContext, el: HTMLElement, n: number): Promise<void> {
  const before = heading(el);
  await activate(ctx, el, `nav li:nth-child(${n}) button`);
  await until(() => heading(el) !== before || n === 1, `view ${n}`);
}

/** A citizen's provisional booking at the demo centre, so that the list has something to show. */
async function citizenBooks(): Promise<void> {
  const client = createBookingClient({ apiBase: '/api/' });
  const options = await client.options(CENTRE);
  const topic = options.topics[0]!;
  const slot = (await client.slots(CENTRE, { topic, mode: 'vor-ort', days: 14 })).days.flatMap((d) => d.slots)[0]!;
  const hold = await client.hold({ centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt });
  const proof = await solveProof(await client.challenge());
  await client.book(
    { centreId: CENTRE, topic, mode: 'vor-ort', startsAt: slot.startsAt, holdToken: hold.holdToken, contact: { name: 'Robin Test', email: 'robin@example.org' }, consent: true, proof: proof! },
    newIdempotencyKey(),
  );
}

export const advisorDeskExamples: Example[] = [
  { name: 'sign-in', render: (ctx) => desk(ctx) },
  {
    name: 'sign-in: nothing entered, error summary',
    from: 'sign-in',
    async act(el, ctx) {
      part(el, '#username').focus();
      await ctx.user.press('Enter');
      await until(() => has(el, '[data-error-summary]'), 'error summary');
    },
  },
  {
    name: 'sign-in: wrong name or password',
    from: 'sign-in: nothing entered, error summary',
    async act(el, ctx) {
      // A name of its own each time: failed sign-ins slow down further tries for that name.
      await fill(ctx, el, '#username', `unbekannt-${crypto.randomUUID().slice(0, 8)}`);
      await fill(ctx, el, '#password', 'falsch');
      await ctx.user.press('Enter');
      await until(() => el.shadowRoot!.querySelectorAll('[data-error-summary] li').length === 1, 'refused sign-in');
    },
  },
  {
    name: 'today',
    from: 'sign-in: wrong name or password',
    async act(el, ctx) {
      await citizenBooks();
      await signIn(ctx, el, 'dortmund1.beratung');
    },
  },
  { name: 'week', from: 'today', act: (el, ctx) => view(ctx, el, 2) },
  {
    name: 'list of the next 28 days',
    from: 'week',
    async act(el, ctx) {
      await view(ctx, el, 3);
      await until(() => has(el, '[data-appointment]'), 'appointments');
    },
  },
  {
    name: 'appointment details dialog',
    from: 'list of the next 28 days',
    async act(el, ctx) {
      await activate(ctx, el, 'tr.status-provisional [data-appointment]');
      await until(() => part<HTMLDialogElement>(el, '#appointment-dialog').open && has(el, '#dialog-heading'), 'dialog');
    },
  },
  {
    name: 'appointment confirmed',
    from: 'appointment details dialog',
    async act(el, ctx) {
      const status = () => has(el, '#appointment-dialog [data-status]')?.textContent;
      const before = status();
      await activate(ctx, el, '#appointment-dialog .actions button.button:not(.secondary)');
      await until(() => status() !== before, 'status changed');
    },
  },
  {
    name: 'availability',
    from: 'appointment confirmed',
    async act(el, ctx) {
      await ctx.user.press('Escape');
      await until(() => !part<HTMLDialogElement>(el, '#appointment-dialog').open, 'dialog closed');
      await view(ctx, el, 4);
      await until(() => has(el, '#av-rules-0-starts'), 'rules');
    },
  },
  {
    name: 'availability: times do not fit, error summary',
    from: 'availability',
    async act(el, ctx) {
      await fill(ctx, el, '#av-rules-0-starts', '1130');
      await activate(ctx, el, 'form .actions button[type=submit]');
      await until(() => has(el, '[data-error-summary]'), 'error summary');
    },
  },
  {
    name: 'availability: preview',
    from: 'availability: times do not fit, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#av-rules-0-starts', '0900');
      await activate(ctx, el, 'form .actions button.secondary');
      await until(() => has(el, '#preview-heading'), 'preview');
    },
  },
  {
    name: 'calendar subscription',
    from: 'availability: preview',
    async act(el, ctx) {
      await view(ctx, el, 5);
      await activate(ctx, el, 'section .actions button.button:not(.secondary)');
      await until(() => has(el, '#feed-url'), 'feed address');
    },
  },
  afterPress('signed out', 'calendar subscription', 'header.desk .actions button', '#username', 'sign-in form'),
  {
    name: 'profile of the centre (admin)',
    async render(ctx) {
      const el = await desk(ctx);
      await signIn(ctx, el, 'dortmund1.leitung');
      await view(ctx, el, 6);
      await until(() => has(el, '#pf-name'), 'profile form');
      return el;
    },
  },
  {
    name: 'profile: address does not fit, error summary',
    from: 'profile of the centre (admin)',
    async act(el, ctx) {
      await fill(ctx, el, '#pf-city', 'Atlantis');
      await activate(ctx, el, 'form > button[type=submit]');
      await until(() => has(el, '[data-error-summary]'), 'error summary');
    },
  },
  {
    name: 'profile saved, with the change log',
    from: 'profile: address does not fit, error summary',
    async act(el, ctx) {
      await fill(ctx, el, '#pf-city', 'Dortmund');
      await activate(ctx, el, 'form > button[type=submit]');
      await until(() => has(el, '#profile-saved'), 'saved');
    },
  },
  {
    name: 'idle warning before the automatic sign-out',
    async render(ctx) {
      const el = await desk(ctx, { 'idle-warning-seconds': '899' });
      await signIn(ctx, el, 'dortmund1.beratung');
      await until(() => part<HTMLDialogElement>(el, '#idle-dialog').open, 'idle warning');
      return el;
    },
  },
];
