/**
 * The one place a slot becomes someone's: inside a transaction, with the centre's advisors locked
 * (so concurrent takers queue), checked against rules and live rows, written under the unique index
 * that makes a double booking impossible even if this code had a bug.
 */
import type { Topic } from '../../../src/contract/centres.ts';
import type { BookingMode } from '../../../src/contract/bookings.ts';
import { ApiProblem } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { centreRules, daysOff, releaseStale, takenTimes, type BookableCentre } from './schedule.ts';
import { freeSlots, localDate } from './slots.ts';

export interface SlotChoice {
  topic: Topic;
  mode: BookingMode;
  startsAt: Date;
}

export interface TakenSlot {
  advisorId: string;
  startsAt: Date;
  endsAt: Date;
}

export const slotTaken = () =>
  new ApiProblem(409, 'conflict', 'Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen; Ihre Angaben bleiben erhalten.');

export const notBookable = (detail: string) => new ApiProblem(422, 'validation', detail, [{ path: 'startsAt', message: detail }]);

/** True for PostgreSQL's unique violation (SQLSTATE 23505), from either driver. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505';

export async function lockCentre(tx: SqlClient, centreId: string): Promise<void> {
  await tx.query('select id from advisors where centre_id = $1 order by id for update', [centreId]);
}

/** Checks the choice and returns a free advisor for it; 422 when the time is not offered at all, 409 when taken. */
export async function findFreeAdvisor(tx: SqlClient, centre: BookableCentre, choice: SlotChoice, now: Date, exceptBookingId?: string): Promise<TakenSlot> {
  if (!centre.onlineBooking) throw notBookable('Diese Beratungsstelle bietet keine Online-Terminbuchung an.');
  if (!centre.topics.includes(choice.topic)) {
    throw new ApiProblem(422, 'validation', 'Dieses Thema bietet die Beratungsstelle nicht an.', [{ path: 'topic', message: 'ein Thema dieser Beratungsstelle' }]);
  }
  if (choice.startsAt.getTime() <= now.getTime()) throw notBookable('Dieser Termin liegt in der Vergangenheit.');
  const date = localDate(choice.startsAt);
  const rules = await centreRules(tx, centre.id);
  const off = await daysOff(tx, centre.id, date, 1);
  const dayStart = new Date(choice.startsAt.getTime() - 86_400_000);
  const dayEnd = new Date(choice.startsAt.getTime() + 86_400_000);
  const request = { rules, daysOff: off, land: centre.land, now, from: date, days: 1, topic: choice.topic, mode: choice.mode };
  const offered = freeSlots({ ...request, taken: [] }).find((s) => s.startsAt.getTime() === choice.startsAt.getTime());
  if (!offered) throw notBookable('Zu dieser Zeit bietet die Beratungsstelle keinen Termin in dieser Form an.');
  const taken = await takenTimes(tx, centre.id, dayStart, dayEnd, now, exceptBookingId);
  const free = freeSlots({ ...request, taken }).find((s) => s.startsAt.getTime() === choice.startsAt.getTime());
  if (!free?.advisorIds.length) throw slotTaken();
  return { advisorId: free.advisorIds[0]!, startsAt: free.startsAt, endsAt: free.endsAt };
}

/** Locks, frees stale rows and finds an advisor: the common start of hold, booking and reschedule. */
export async function prepareTake(tx: SqlClient, centre: BookableCentre, choice: SlotChoice, now: Date, exceptBookingId?: string): Promise<TakenSlot> {
  await lockCentre(tx, centre.id);
  await releaseStale(tx, centre.id, now);
  return findFreeAdvisor(tx, centre, choice, now, exceptBookingId);
}
