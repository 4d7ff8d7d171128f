/** What the citizen sees before choosing: the centre's booking options and its free slots. */
import type { BookingMode, BookingOptions, SlotList } from '../../../src/contract/bookings.ts';
import { BOOKING_MODES, NOTE_MAX } from '../../../src/contract/bookings.ts';
import type { Topic } from '../../../src/contract/centres.ts';
import { addDays } from '../../../src/opening-hours/berlin-time.ts';
import { notFound } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { bookableCentre, centreRules, daysOff, takenTimes } from './schedule.ts';
import type { BookingSettings } from './settings.ts';
import { freeSlots, horizonDays, localDate, type CandidateSlot } from './slots.ts';

const unknownCentre = () => notFound('Diese Beratungsstelle gibt es nicht (mehr).');

export async function bookingOptions(sql: SqlClient, settings: BookingSettings, centreId: string): Promise<BookingOptions> {
  const centre = await bookableCentre(sql, centreId);
  if (!centre) throw unknownCentre();
  const rules = await centreRules(sql, centreId);
  const offered = new Set(rules.flatMap((r) => r.modes));
  return {
    centreId,
    centreName: centre.name,
    onlineBooking: centre.onlineBooking && rules.length > 0,
    topics: centre.topics,
    modes: BOOKING_MODES.filter((m) => offered.has(m) && centre.modes.includes(m)),
    holdSeconds: settings.holdSeconds,
    confirmHours: settings.confirmHours,
    noteMax: NOTE_MAX,
  };
}

const toSlot = (s: CandidateSlot) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), modes: s.modes });

export async function listSlots(
  sql: SqlClient,
  centreId: string,
  query: { topic: Topic; mode?: BookingMode | undefined; from?: string | undefined; days: number },
  now: Date,
): Promise<SlotList> {
  const centre = await bookableCentre(sql, centreId);
  if (!centre) throw unknownCentre();
  const today = localDate(now);
  const from = query.from && query.from > today ? query.from : today;
  const rules = centre.onlineBooking ? await centreRules(sql, centreId) : [];
  const horizon = horizonDays(rules);
  // One read covers the listed days and the search for the next free slot behind them.
  const span = Math.max(query.days, Math.min(horizon + 1, 366));
  const [off, taken] = await Promise.all([
    daysOff(sql, centreId, from, span),
    takenTimes(sql, centreId, new Date(`${addDays(from, -1)}T00:00:00Z`), new Date(`${addDays(from, span + 1)}T00:00:00Z`), now),
  ]);
  const base = { rules, daysOff: off, taken, land: centre.land, now, from, topic: query.topic, mode: query.mode };
  // The listed days first; the rest of the horizon only when they hold nothing (for "next free").
  let all = rules.length ? freeSlots({ ...base, days: query.days }) : [];
  if (!all.length && rules.length && span > query.days) all = freeSlots({ ...base, days: span });
  const last = addDays(from, query.days - 1);
  const days = Array.from({ length: query.days }, (_, i) => addDays(from, i)).map((date) => ({
    date,
    slots: all.filter((s) => localDate(s.startsAt) === date).map(toSlot),
  }));
  const next = all.find((s) => localDate(s.startsAt) >= from);
  return {
    centreId,
    timeZone: 'Europe/Berlin',
    from,
    days: days.filter((d) => d.date <= last),
    nextFree: next ? toSlot(next) : null,
  };
}
