/** Wording of the desk: statuses, modes, topics, weekdays, dates and times in the page's language. */
import { msg } from '@lit/localize';
import type { AppointmentStatus } from '../../src/contract/advisor.ts';

const ZONE = 'Europe/Berlin';

export { MODE_IDS as ALL_MODES, TOPIC_IDS as ALL_TOPICS, modeLabel, topicLabel } from '../ui/centre-labels.ts';

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
