/**
 * Whether a counselling centre is open at a moment, and when it closes or opens next, from its weekly
 * hours in Europe/Berlin local time and the public holidays of its Land. Pure; browser and server.
 */
import { addDays, instantOf, wallClock } from './berlin-time.ts';
import { holidayOn } from './holidays.ts';

export interface WeeklyInterval {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  day: number;
  /** 'HH:MM' local time; `closes` <= `opens` means the interval runs past midnight. */
  opens: string;
  closes: string;
}

export interface OpeningStatus {
  open: boolean;
  /** When open: the end of the current opening (adjoining intervals merged). */
  closesAt?: Date;
  /** When closed: the next opening within 14 days. */
  opensAt?: Date;
  /** The public holiday of today, if any (the centre is closed on it). */
  holiday?: string;
}

export interface TodaysHours {
  /** Today's local date, YYYY-MM-DD. */
  date: string;
  /** Today's opening intervals in order; empty when closed all day. */
  intervals: Array<{ opens: string; closes: string }>;
  holiday?: string;
}

const LOOKAHEAD_DAYS = 14;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The concrete openings that start on the local dates from `from` for `days` days, holidays left out. */
function occurrences(hours: readonly WeeklyInterval[], from: string, days: number, land: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    // A centre is closed on a public holiday; an opening that began the evening before still runs out.
    if (holidayOn(date, land)) continue;
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    for (const h of hours) {
      if (h.day !== weekday) continue;
      const opens = minutesOf(h.opens);
      const closes = minutesOf(h.closes);
      const start = instantOf(date, opens).getTime();
      const end = closes <= opens ? instantOf(addDays(date, 1), closes).getTime() : instantOf(date, closes).getTime();
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function openingStatus(hours: readonly WeeklyInterval[], at: Date, land: string): OpeningStatus {
  const now = at.getTime();
  const today = wallClock(at).date;
  const holiday = holidayOn(today, land)?.name;
  // From yesterday, for an opening that runs past midnight into today.
  const openings = occurrences(hours, addDays(today, -1), LOOKAHEAD_DAYS + 2, land);
  const current = openings.find((o) => o.start <= now && now < o.end);
  const withHoliday = <T extends OpeningStatus>(s: T): T => (holiday ? { ...s, holiday } : s);
  if (current) {
    let end = current.end;
    for (const o of openings) if (o.start <= end && o.end > end) end = o.end;
    return withHoliday({ open: true, closesAt: new Date(end) });
  }
  const limit = now + LOOKAHEAD_DAYS * 86_400_000;
  const next = openings.find((o) => o.start > now && o.start <= limit);
  return withHoliday(next ? { open: false, opensAt: new Date(next.start) } : { open: false });
}

/** Today's hours for the "heute" line of a result (nothing on a public holiday). */
export function todaysHours(hours: readonly WeeklyInterval[], at: Date, land: string): TodaysHours {
  const { date, weekday } = wallClock(at);
  const holiday = holidayOn(date, land)?.name;
  if (holiday) return { date, intervals: [], holiday };
  const intervals = hours
    .filter((h) => h.day === weekday)
    .map((h) => ({ opens: h.opens, closes: h.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return { date, intervals };
}
