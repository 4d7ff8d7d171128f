/**
 * Slots as pure data: cut from advisors' weekly rules in Europe/Berlin wall-clock time, minus
 * public holidays of the centre's Land, days off, and live bookings or holds. Instants are UTC.
 */
import type { Topic } from '../../../src/contract/centres.ts';
import type { BookingMode } from '../../../src/contract/bookings.ts';
import { addDays, instantOf, wallClock } from '../../../src/opening-hours/berlin-time.ts';
import { holidayOn } from '../../../src/opening-hours/holidays.ts';

export interface AvailabilityRule {
  advisorId: string;
  weekday: number;
  startsMinute: number;
  endsMinute: number;
  slotMinutes: number;
  bufferMinutes: number;
  modes: BookingMode[];
  /** Empty: every topic of the centre. */
  topics: Topic[];
  minNoticeHours: number;
  maxDaysAhead: number;
  /** A single extra slot on this local date (YYYY-MM-DD) instead of every week. */
  onDate?: string | undefined;
}

export interface TakenTime {
  advisorId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface SlotRequest {
  rules: readonly AvailabilityRule[];
  /** "advisorId|YYYY-MM-DD" of days off. */
  daysOff: ReadonlySet<string>;
  taken: readonly TakenTime[];
  land: string;
  now: Date;
  /** First local date (YYYY-MM-DD) and how many days. */
  from: string;
  days: number;
  topic: Topic;
  mode?: BookingMode | undefined;
}

export interface CandidateSlot {
  startsAt: Date;
  endsAt: Date;
  modes: BookingMode[];
  /** Free advisors for this time, in a stable order. */
  advisorIds: string[];
}

// instantOf/wallClock go through Intl and dominate a listing; the same dates repeat across requests.
const instants = new Map<string, Date>();
function berlinInstant(date: string, minutes: number): Date {
  const key = `${date}|${minutes}`;
  let at = instants.get(key);
  if (!at) {
    if (instants.size > 100_000) instants.clear();
    at = instantOf(date, minutes);
    instants.set(key, at);
  }
  return at;
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** The free slots in the range, by start time; one entry per distinct time across advisors. */
export function freeSlots(request: SlotRequest): CandidateSlot[] {
  const byKey = new Map<string, CandidateSlot>();
  const takenBy = new Map<string, TakenTime[]>();
  for (const t of request.taken) takenBy.set(t.advisorId, [...(takenBy.get(t.advisorId) ?? []), t]);
  const nowMs = request.now.getTime();
  for (let i = 0; i < request.days; i++) {
    const date = addDays(request.from, i);
    if (holidayOn(date, request.land)) continue;
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    for (const rule of request.rules) {
      if ((rule.onDate ? rule.onDate !== date : rule.weekday !== weekday) || request.daysOff.has(`${rule.advisorId}|${date}`)) continue;
      if (rule.topics.length && !rule.topics.includes(request.topic)) continue;
      const modes = request.mode ? rule.modes.filter((m) => m === request.mode) : rule.modes;
      if (!modes.length) continue;
      const earliest = nowMs + rule.minNoticeHours * 3_600_000;
      const latest = nowMs + rule.maxDaysAhead * 86_400_000;
      for (let m = rule.startsMinute; m + rule.slotMinutes <= rule.endsMinute; m += rule.slotMinutes + rule.bufferMinutes) {
        const startsAt = berlinInstant(date, m);
        const endsAt = berlinInstant(date, m + rule.slotMinutes);
        // A time skipped or repeated by a DST change would give a slot of the wrong length: leave it out.
        if (endsAt.getTime() - startsAt.getTime() !== rule.slotMinutes * 60_000) continue;
        if (wallMinutes(startsAt) !== m) continue;
        if (startsAt.getTime() < earliest || startsAt.getTime() > latest) continue;
        const candidate = { startsAt, endsAt };
        if ((takenBy.get(rule.advisorId) ?? []).some((t) => overlaps(t, candidate))) continue;
        const key = `${startsAt.toISOString()}|${endsAt.toISOString()}`;
        const existing = byKey.get(key);
        if (existing) {
          if (!existing.advisorIds.includes(rule.advisorId)) existing.advisorIds.push(rule.advisorId);
          for (const mode of modes) if (!existing.modes.includes(mode)) existing.modes.push(mode);
        } else {
          byKey.set(key, { startsAt, endsAt, modes: [...modes], advisorIds: [rule.advisorId] });
        }
      }
    }
  }
  const order = ['vor-ort', 'telefon', 'video'];
  return [...byKey.values()]
    .map((s) => ({ ...s, modes: s.modes.sort((a, b) => order.indexOf(a) - order.indexOf(b)), advisorIds: s.advisorIds.sort() }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime());
}

/** The furthest any rule books ahead, in days (bounds the "next free" search). */
export const horizonDays = (rules: readonly AvailabilityRule[]): number => Math.max(0, ...rules.map((r) => r.maxDaysAhead));

const walls = new Map<number, ReturnType<typeof wallClock>>();
function cachedWall(at: Date) {
  const key = at.getTime();
  let w = walls.get(key);
  if (!w) {
    if (walls.size > 100_000) walls.clear();
    w = wallClock(at);
    walls.set(key, w);
  }
  return w;
}
const wallMinutes = (at: Date): number => cachedWall(at).minutes;

export const localDate = (at: Date): string => cachedWall(at).date;
