/** Shared setup of the booking tests: an app with a movable clock, cheap proofs of work, and request helpers. */
import { solveChallenge } from 'altcha-lib/v1';
import { DEFAULT_BOOKING_SETTINGS, type BookingSettings } from '../../server/domain/bookings/settings.ts';
import type { BookingReceipt, Challenge, Hold, SlotList } from '../../src/contract/bookings.ts';
import type { TestDatabase } from './support/databases.ts';
import { FIXTURE_CENTRES } from './support/fixtures.ts';
import { openTestApp, type TestApp } from './support/app.ts';

/** Monday 7 December 2026, 08:00 in Berlin: slots from Tuesday on are bookable (12 h notice). */
export const MONDAY = new Date('2026-12-07T07:00:00Z');
/** Tuesday 8 December 2026, 9:00 Berlin (UTC+1): the first slot of the seeded rules. */
export const TUESDAY_9 = '2026-12-08T08:00:00.000Z';

export const CENTRE = 'do-schuldner';
export const OTHER_CENTRE = 'bochum-migration';

const centres = FIXTURE_CENTRES.map((c) => (c.id === OTHER_CENTRE ? { ...c, advisors: [{ id: 'adv-bo', displayName: 'Herr B. (Demo)' }] } : c));

export interface BookingTestApp extends TestApp {
  clock: { now: Date };
  settings: BookingSettings;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function openBookingApp(db: TestDatabase, settings: Partial<BookingSettings> = {}): Promise<BookingTestApp> {
  const clock = { now: MONDAY };
  const merged = { ...DEFAULT_BOOKING_SETTINGS, proofMaxNumber: 20, publicBaseUrl: 'https://termine.example.org', ...settings };
  const t = await openTestApp(db, { centres, clock: () => clock.now, booking: merged, clientAddress: () => `client-${Math.random()}` });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      t.app.request(path, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return { ...t, clock, settings: merged, call };
}

export async function solvedProof(t: BookingTestApp): Promise<string> {
  const challenge = (await (await t.call('POST', '/api/bookings/challenge')).json()) as Challenge;
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error('proof not solved');
  return btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number, salt: challenge.salt, signature: challenge.signature }));
}

export const key = () => `test-${crypto.randomUUID()}`;

export function bookingBody(proof: string, extra: Record<string, unknown> = {}) {
  return {
    centreId: CENTRE,
    topic: 'schuldnerberatung',
    mode: 'vor-ort',
    startsAt: TUESDAY_9,
    tenant: '05913000',
    contact: { name: 'Alex', email: 'alex@example.org' },
    consent: true,
    proof,
    ...extra,
  };
}

export async function book(t: BookingTestApp, extra: Record<string, unknown> = {}, idempotencyKey = key()): Promise<Response> {
  return t.call('POST', '/api/bookings', bookingBody(await solvedProof(t), extra), { 'Idempotency-Key': idempotencyKey });
}

export async function hold(t: BookingTestApp, startsAt = TUESDAY_9, mode = 'vor-ort'): Promise<Response> {
  return t.call('POST', '/api/bookings/holds', { centreId: CENTRE, topic: 'schuldnerberatung', mode, startsAt });
}

export const json = async <T>(r: Response): Promise<T> => (await r.json()) as T;

export async function slots(t: BookingTestApp, query = 'topic=schuldnerberatung&days=7'): Promise<SlotList> {
  const r = await t.call('GET', `/api/centres/${CENTRE}/slots?${query}`);
  if (r.status !== 200) throw new Error(`slots: ${r.status} ${await r.text()}`);
  return json<SlotList>(r);
}

export const slotStarts = (list: SlotList) => list.days.flatMap((d) => d.slots.map((s) => s.startsAt));

/** The manage token from the newest mail to an address (as the citizen would click it). */
export async function tokenFromMail(t: BookingTestApp, to = 'alex@example.org'): Promise<string> {
  const rows = await t.sql.query<{ body: string }>('select body from outbox where recipient = $1 order by id desc limit 1', [to]);
  const match = /#token=([A-Za-z0-9_-]{43})/.exec(rows[0]?.body ?? '');
  if (!match) throw new Error('no manage link in mail');
  return match[1]!;
}

export type { BookingReceipt, Hold };
