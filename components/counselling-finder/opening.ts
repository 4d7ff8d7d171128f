/**
 * Opening hours as a citizen reads them: today's hours, "jetzt geöffnet" / "öffnet … um …" and
 * the full week, always in Europe/Berlin time whatever the device's time zone.
 */
import { msg, str } from '@lit/localize';
import type { OpeningInterval } from '../../src/contract/centres.ts';
import { openingStatus, todaysHours } from '../../src/opening-hours/status.ts';
import { dateTimeFormat } from '../../src/i18n/format.ts';

const ZONE = 'Europe/Berlin';

function timeFormat(locale: string) {
  return dateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
}

/** ISO weekday (1 = Monday) of a moment in Berlin. */
export function berlinWeekday(at: Date): number {
  const short = dateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short' }).format(at);
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(short) + 1;
}

/** Weekday name for an ISO weekday in the UI language (1 January 2024 was a Monday). */
export function weekdayName(day: number, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

const span = (i: OpeningInterval) => `${i.opens}–${i.closes}`;

export function intervalsOn(hours: readonly OpeningInterval[], day: number): OpeningInterval[] {
  return hours.filter((h) => h.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** "Heute: 09:00–12:00, 14:00–16:00 Uhr", or why it is closed today. */
export function todayLine(hours: readonly OpeningInterval[], at: Date, land: string): string {
  const today = todaysHours(hours, at, land);
  if (today.holiday) return msg(str`Heute geschlossen (Feiertag: ${today.holiday})`);
  if (!today.intervals.length) return msg('Heute geschlossen');
  return msg(str`Heute: ${today.intervals.map((i) => `${i.opens}–${i.closes}`).join(', ')} Uhr`);
}

/** "Jetzt geöffnet, bis 16:00 Uhr" or "Geschlossen, öffnet Montag um 09:00 Uhr". */
export function statusLine(hours: readonly OpeningInterval[], at: Date, land: string, locale: string): { open: boolean; text: string } {
  const status = openingStatus(hours, at, land);
  const time = timeFormat(locale);
  if (status.open) {
    return {
      open: true,
      text: status.closesAt ? msg(str`Jetzt geöffnet, bis ${time.format(status.closesAt)} Uhr`) : msg('Jetzt geöffnet'),
    };
  }
  if (!status.opensAt) return { open: false, text: msg('Geschlossen') };
  const sameDay = berlinWeekday(status.opensAt) === berlinWeekday(at) && status.opensAt.getTime() - at.getTime() < 86_400_000;
  const when = time.format(status.opensAt);
  if (sameDay) return { open: false, text: msg(str`Geschlossen, öffnet heute um ${when} Uhr`) };
  const day = dateTimeFormat(locale, { timeZone: ZONE, weekday: 'long' }).format(status.opensAt);
  return { open: false, text: msg(str`Geschlossen, öffnet ${day} um ${when} Uhr`) };
}

/** The week from Monday to Sunday, each day with its hours or "geschlossen". */
export function weekRows(hours: readonly OpeningInterval[], locale: string): Array<{ day: string; hours: string }> {
  return [1, 2, 3, 4, 5, 6, 7].map((d) => {
    const list = intervalsOn(hours, d);
    return { day: weekdayName(d, locale), hours: list.length ? msg(str`${list.map(span).join(', ')} Uhr`) : msg('geschlossen') };
  });
}
