/**
 * German public holidays (gesetzliche Feiertage) per Land for any year, as plain dates.
 *
 * Source: the Feiertagsgesetze of the 16 Länder, as listed by the Bundesministerium des Innern
 * ("Gesetzliche Feiertage", bmi.bund.de) — checked for the law as of 2025:
 * - Frauentag (8 March): Berlin since 2019, Mecklenburg-Vorpommern since 2023.
 * - Weltkindertag (20 September): Thüringen since 2019.
 * - Reformationstag (31 October): BB, MV, SN, ST, TH; since 2018 also HB, HH, NI, SH; in 2017 nationwide.
 * - One-off days: Tag der Befreiung (8 May) in Berlin 2020 and 2025.
 * Left out on purpose, because they hold only in some municipalities: Fronleichnam in parts of Sachsen
 * and Thüringen, the Augsburger Friedensfest (city of Augsburg only).
 * Mariä Himmelfahrt in Bayern holds only in municipalities with a predominantly catholic population
 * (about 1,700 of 2,056). We count it Bayern-wide and mark it `regional`: showing a centre as closed
 * when it may be open costs a phone call; showing it open when it is closed costs a wasted trip.
 */

export interface PublicHoliday {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  name: string;
  /** True where the day is a holiday only in part of the Land (the UI can say "in vielen Gemeinden"). */
  regional?: boolean;
}

const BW = '08';
const BY = '09';
const BE = '11';
const BB = '12';
const HB = '04';
const HH = '02';
const HE = '06';
const MV = '13';
const NI = '03';
const NW = '05';
const RP = '07';
const SL = '10';
const SN = '14';
const ST = '15';
const SH = '01';
const TH = '16';

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Easter Sunday in the Gregorian calendar (anonymous computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Buß- und Bettag: the Wednesday before 23 November (between 16 and 22 November). */
function repentanceDay(year: number): number {
  const weekdayOf22 = new Date(Date.UTC(year, 10, 22)).getUTCDay(); // 0 = Sunday
  return 22 - ((weekdayOf22 - 3 + 7) % 7);
}

/** The public holidays of a Land (two-digit key) in a year, in date order. */
export function publicHolidays(year: number, land: string): PublicHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number): string => isoDate(year, easter.month, easter.day + days);
  const list: PublicHoliday[] = [];
  const add = (date: string, name: string, lands?: readonly string[], regional?: boolean): void => {
    if (lands && !lands.includes(land)) return;
    list.push(regional ? { date, name, regional } : { date, name });
  };

  add(isoDate(year, 1, 1), 'Neujahr');
  add(isoDate(year, 1, 6), 'Heilige Drei Könige', [BW, BY, ST]);
  if (year >= 2019) add(isoDate(year, 3, 8), 'Internationaler Frauentag', year >= 2023 ? [BE, MV] : [BE]);
  add(fromEaster(-2), 'Karfreitag');
  add(fromEaster(0), 'Ostersonntag', [BB]);
  add(fromEaster(1), 'Ostermontag');
  add(isoDate(year, 5, 1), 'Tag der Arbeit');
  if (year === 2020 || year === 2025) add(isoDate(year, 5, 8), 'Tag der Befreiung', [BE]);
  add(fromEaster(39), 'Christi Himmelfahrt');
  add(fromEaster(49), 'Pfingstsonntag', [BB]);
  add(fromEaster(50), 'Pfingstmontag');
  add(fromEaster(60), 'Fronleichnam', [BW, BY, HE, NW, RP, SL]);
  add(isoDate(year, 8, 15), 'Mariä Himmelfahrt', [SL]);
  add(isoDate(year, 8, 15), 'Mariä Himmelfahrt', [BY], true);
  if (year >= 2019) add(isoDate(year, 9, 20), 'Weltkindertag', [TH]);
  add(isoDate(year, 10, 3), 'Tag der Deutschen Einheit');
  if (year === 2017) add(isoDate(year, 10, 31), 'Reformationstag');
  else add(isoDate(year, 10, 31), 'Reformationstag', year >= 2018 ? [BB, MV, SN, ST, TH, HB, HH, NI, SH] : [BB, MV, SN, ST, TH]);
  add(isoDate(year, 11, 1), 'Allerheiligen', [BW, BY, NW, RP, SL]);
  add(isoDate(year, 11, repentanceDay(year)), 'Buß- und Bettag', [SN]);
  add(isoDate(year, 12, 25), '1. Weihnachtstag');
  add(isoDate(year, 12, 26), '2. Weihnachtstag');
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<string, Map<string, PublicHoliday>>();

/** The holiday on a local date (YYYY-MM-DD) in a Land, if any. */
export function holidayOn(date: string, land: string): PublicHoliday | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${year}|${land}`;
  let byDate = cache.get(key);
  if (!byDate) {
    byDate = new Map(publicHolidays(year, land).map((h) => [h.date, h]));
    cache.set(key, byDate);
  }
  return byDate.get(date);
}
