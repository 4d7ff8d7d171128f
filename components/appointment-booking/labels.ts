/** Human wording for slots, modes and topics: complete accessible names in the page's language. */
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/errors.ts';
import type { BookingMode, Slot } from '../../src/contract/bookings.ts';

export { topicLabel } from '../ui/centre-labels.ts';

const ZONE = 'Europe/Berlin';

export function modeLabel(mode: BookingMode): string {
  switch (mode) {
    case 'vor-ort':
      return msg('vor Ort');
    case 'telefon':
      return msg('am Telefon');
    case 'video':
      return msg('per Video');
  }
}

export const dayLabel = (date: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));

export const timeLabel = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

export const dateOf = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** "Dienstag, 1. Dezember 2026, 9:30 bis 10:15 Uhr, vor Ort" */
export function slotLabel(slot: Slot, mode: BookingMode, locale: string): string {
  const day = dayLabel(dateOf(slot.startsAt), locale);
  const from = timeLabel(slot.startsAt, locale);
  const to = timeLabel(slot.endsAt, locale);
  return msg(str`${day}, ${from} bis ${to} Uhr, ${modeLabel(mode)}`);
}

/** "6:05" for a countdown. */
export const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(Math.max(0, seconds) % 60).padStart(2, '0')}`;

/** What went wrong, in words for the citizen: the API's own explanation, else a failed connection. */
export function problemText(error: unknown): string {
  if (error instanceof ProblemError) return error.problem.detail ?? error.problem.title;
  return msg('Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es gleich noch einmal.');
}
