/**
 * Checks of an advisor's availability input, each with a message on its field: times that end
 * before they begin, slot lengths that do not fit the window, overlapping rules, dates in the past,
 * modes or topics the centre does not offer.
 */
import type { ParsedAvailability } from '../../../src/contract/advisor.ts';
import type { FieldError } from '../../../src/contract/problem.ts';
import { addDays } from '../../../src/opening-hours/berlin-time.ts';

export type { ParsedAvailability };

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
export const weekdayName = (day: number) => WEEKDAYS[day - 1] ?? String(day);
const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Slots of `slot` minutes with `buffer` between them must fill the window; what is left may be at most one buffer. */
export function fitsWindow(starts: number, ends: number, slot: number, buffer: number): boolean {
  const window = ends - starts;
  if (window < slot) return false;
  const count = Math.floor((window + buffer) / (slot + buffer));
  return window - (count * slot + (count - 1) * buffer) <= buffer;
}

export function checkAvailability(
  input: ParsedAvailability,
  centre: { modes: readonly string[]; topics: readonly string[] },
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const windows: Array<{ weekday: number; starts: number; ends: number; label: string; date?: string }> = [];

  input.rules.forEach((rule, i) => {
    const starts = minutesOf(rule.starts);
    const ends = minutesOf(rule.ends);
    if (ends <= starts) return add(`rules[${i}].ends`, 'Das Ende muss nach dem Beginn liegen.');
    if (!fitsWindow(starts, ends, rule.slotMinutes, rule.bufferMinutes)) {
      add(
        `rules[${i}].slotMinutes`,
        `Die Zeit von ${rule.starts} bis ${rule.ends} Uhr lässt sich nicht in Termine zu ${rule.slotMinutes} Minuten` +
          `${rule.bufferMinutes ? ` mit ${rule.bufferMinutes} Minuten Puffer` : ''} aufteilen. Bitte Länge, Puffer oder Zeiten anpassen.`,
      );
    }
    const clash = windows.find((w) => w.weekday === rule.weekday && !w.date && w.starts < ends && starts < w.ends);
    if (clash) add(`rules[${i}].starts`, `Überschneidet sich mit ${clash.label}.`);
    windows.push({ weekday: rule.weekday, starts, ends, label: `der Regel ${weekdayName(rule.weekday)} ${rule.starts}–${rule.ends} Uhr` });
    rule.modes.forEach((m, j) => centre.modes.includes(m) || add(`rules[${i}].modes[${j}]`, 'Diese Form bietet die Beratungsstelle nicht an.'));
    rule.topics.forEach((t, j) => centre.topics.includes(t) || add(`rules[${i}].topics[${j}]`, 'Dieses Thema bietet die Beratungsstelle nicht an.'));
  });

  input.extraSlots.forEach((extra, i) => {
    const starts = minutesOf(extra.starts);
    const ends = minutesOf(extra.ends);
    if (extra.date < today) return add(`extraSlots[${i}].date`, 'Dieser Tag liegt in der Vergangenheit.');
    if (extra.date > addDays(today, 365)) return add(`extraSlots[${i}].date`, 'Höchstens ein Jahr im Voraus.');
    if (ends <= starts) return add(`extraSlots[${i}].ends`, 'Das Ende muss nach dem Beginn liegen.');
    if (ends - starts < 10 || ends - starts > 240) add(`extraSlots[${i}].ends`, 'Ein Einzeltermin dauert 10 bis 240 Minuten.');
    const weekday = weekdayOf(extra.date);
    const clash = windows.find((w) => (w.date ? w.date === extra.date : w.weekday === weekday) && w.starts < ends && starts < w.ends);
    if (clash) add(`extraSlots[${i}].starts`, `Überschneidet sich mit ${clash.label}.`);
    windows.push({ weekday, starts, ends, date: extra.date, label: `dem Einzeltermin am ${extra.date} um ${extra.starts} Uhr` });
    extra.modes.forEach((m, j) => centre.modes.includes(m) || add(`extraSlots[${i}].modes[${j}]`, 'Diese Form bietet die Beratungsstelle nicht an.'));
  });

  input.absences.forEach((absence, i) => {
    if (absence.to < absence.from) return add(`absences[${i}].to`, 'Das Ende muss am oder nach dem Beginn liegen.');
    if (absence.to < today) return add(`absences[${i}].from`, 'Diese Abwesenheit liegt in der Vergangenheit.');
    if (absence.to > addDays(absence.from, 365)) add(`absences[${i}].to`, 'Eine Abwesenheit dauert höchstens ein Jahr.');
  });
  return errors;
}

/** Every day of the absences from today on, with its reason. */
export function absenceDays(absences: ParsedAvailability['absences'], today: string): Map<string, string | null> {
  const days = new Map<string, string | null>();
  for (const a of absences) {
    for (let d = a.from < today ? today : a.from; d <= a.to; d = addDays(d, 1)) days.set(d, a.reason ?? null);
  }
  return days;
}
