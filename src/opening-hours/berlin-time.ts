/** Wall-clock time in Europe/Berlin (where all opening hours are given) and back, with Intl only. */

export const TIME_ZONE = 'Europe/Berlin';

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function parts(at: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/**
 * Milliseconds Berlin is ahead of UTC at an instant (3,600,000 in winter, 7,200,000 in summer).
 * Berlin changes its offset only on whole UTC hours, so one Intl call per UTC hour suffices:
 * result lists ask for hundreds of instants per render, and formatToParts is the costly part.
 */
function offsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const p = parts(new Date(hour * HOUR));
    offset = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - hour * HOUR;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** The local date, weekday and time of an instant. */
export function wallClock(at: Date): WallClock {
  const local = new Date(at.getTime() + offsetAt(at.getTime()));
  return {
    date: local.toISOString().slice(0, 10),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The instant of a local date and minute of day. A time that does not exist (the skipped hour on the
 * last Sunday of March) lands an hour later; a time that exists twice (October) takes the first.
 */
export function instantOf(date: string, minutes: number): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // The offsets half a day before and after cover both sides of a DST change.
  const offsets = [offsetAt(wall - 43_200_000), offsetAt(wall + 43_200_000)];
  const valid = offsets.map((o) => wall - o).filter((t) => offsetAt(t) === wall - t);
  return new Date(valid.length ? Math.min(...valid) : wall - Math.min(...offsets));
}
