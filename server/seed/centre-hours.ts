/** Demodaten: weekly opening hours of counselling centres, in the patterns such offices really use. */
import type { CentreSeed, IsoWeekday } from './centre-types.ts';
import type { Random } from './centre-random.ts';

type Hours = CentreSeed['openingHours'];

const on = (days: IsoWeekday[], opens: string, closes: string): Hours => days.map((day) => ({ day, opens, closes }));

const MON_THU: IsoWeekday[] = [1, 2, 3, 4];
const MON_FRI: IsoWeekday[] = [1, 2, 3, 4, 5];

/** Each pattern with its relative frequency. */
const PATTERNS: ReadonlyArray<{ weight: number; hours: Hours }> = [
  // Mornings every weekday, afternoons Monday to Thursday.
  { weight: 30, hours: [...on(MON_FRI, '09:00', '12:00'), ...on(MON_THU, '13:00', '16:00')] },
  // Mornings, plus two long afternoons.
  { weight: 20, hours: [...on(MON_FRI, '08:30', '12:30'), ...on([2, 4], '14:00', '18:00')] },
  // Closed on Fridays.
  { weight: 15, hours: on(MON_THU, '09:00', '16:30') },
  // Open late twice a week for people who work.
  { weight: 10, hours: [...on([1, 3, 5], '10:00', '14:00'), ...on([2, 4], '13:00', '20:00')] },
  // Short office hours.
  { weight: 15, hours: on(MON_FRI, '09:00', '13:00') },
  // Saturday morning as well.
  { weight: 7, hours: [...on(MON_FRI, '08:00', '16:00'), ...on([6], '10:00', '13:00')] },
  // A night café of an addiction or homelessness service: across midnight on Friday and Saturday.
  { weight: 3, hours: [...on([2, 4], '10:00', '16:00'), ...on([5, 6], '20:00', '02:00')] },
];
const TOTAL = PATTERNS.reduce((n, p) => n + p.weight, 0);

export function openingHours(random: Random, allowNight: boolean): Hours {
  for (;;) {
    let r = random.next() * TOTAL;
    for (const pattern of PATTERNS) {
      r -= pattern.weight;
      if (r < 0) {
        if (!allowNight && pattern.hours.some((h) => h.closes <= h.opens)) break;
        return pattern.hours.map((h) => ({ ...h })).sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
      }
    }
  }
}
