/** Wording of the desk: statuses, modes, topics, weekdays, dates and times in the page's language. */
import { msg } from '@lit/localize';
import type { AppointmentStatus } from '../../src/contract/advisor.ts';
import type { BookingMode } from '../../src/contract/bookings.ts';
import type { Mode, Topic } from '../../src/contract/centres.ts';

const ZONE = 'Europe/Berlin';

/** Copies of the contract's lists (a type check keeps them complete) so no schema code reaches the bundle. */
export const ALL_TOPICS = ['schuldnerberatung', 'suchtberatung', 'sozialberatung', 'migrationsberatung', 'schwangerschaftsberatung', 'wohnungsnotfallhilfe', 'familienberatung'] as const satisfies readonly Topic[];
export const ALL_MODES = ['vor-ort', 'telefon', 'video', 'chat'] as const satisfies readonly Mode[];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : false;
const complete: [Missing<Topic, (typeof ALL_TOPICS)[number]>, Missing<Mode, (typeof ALL_MODES)[number]>] = [true, true];
void complete;

export function statusLabel(status: AppointmentStatus): string {
  const labels: Record<AppointmentStatus, string> = {
    provisional: msg('vorläufig'),
    confirmed: msg('bestätigt'),
    cancelled: msg('abgesagt'),
    expired: msg('verfallen'),
    done: msg('erledigt'),
    'no-show': msg('nicht erschienen'),
  };
  return labels[status];
}

export function modeLabel(mode: BookingMode | Mode): string {
  const labels: Record<Mode, string> = { 'vor-ort': msg('vor Ort'), telefon: msg('Telefon'), video: msg('Video'), chat: msg('Chat') };
  return labels[mode];
}

export function topicLabel(topic: Topic): string {
  const labels: Record<Topic, string> = {
    schuldnerberatung: msg('Schulden'),
    suchtberatung: msg('Sucht'),
    sozialberatung: msg('Allgemeine Sozialberatung'),
    migrationsberatung: msg('Migration'),
    schwangerschaftsberatung: msg('Schwangerschaft'),
    wohnungsnotfallhilfe: msg('Wohnungsnot'),
    familienberatung: msg('Familie'),
  };
  return labels[topic];
}

export const weekdayLabel = (day: number): string =>
  [msg('Montag'), msg('Dienstag'), msg('Mittwoch'), msg('Donnerstag'), msg('Freitag'), msg('Samstag'), msg('Sonntag')][day - 1] ?? String(day);

export const dayLabel = (date: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));

export const shortDay = (date: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric' }).format(new Date(`${date}T12:00:00Z`));

export const timeLabel = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

export const dateTimeLabel = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The Berlin calendar date of an instant (YYYY-MM-DD). */
export const berlinDate = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The Monday of the week of a date. */
export const mondayOf = (date: string): string => addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

/** Server field paths ("rules[1].starts") as element ids ("av-rules-1-starts"). */
export const fieldId = (prefix: string, path: string): string => `${prefix}-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '')}`;
