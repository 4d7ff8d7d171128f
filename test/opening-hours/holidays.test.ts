// Public holidays per Land: the dates people rely on when a centre is closed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { easterSunday, holidayOn, publicHolidays } from '../../src/opening-hours/holidays.ts';

const names = (year: number, land: string): string[] => publicHolidays(year, land).map((h) => h.name);

describe('holidays', () => {
  it('computes Easter Sunday', () => {
    assert.deepEqual(easterSunday(2024), { month: 3, day: 31 });
    assert.deepEqual(easterSunday(2025), { month: 4, day: 20 });
    assert.deepEqual(easterSunday(2026), { month: 4, day: 5 });
    assert.deepEqual(easterSunday(2038), { month: 4, day: 25 });
  });

  it('has the nine nationwide holidays everywhere, with Easter-dependent dates', () => {
    for (const land of ['01', '05', '11', '16']) {
      for (const n of ['Neujahr', 'Karfreitag', 'Ostermontag', 'Tag der Arbeit', 'Christi Himmelfahrt', 'Pfingstmontag', 'Tag der Deutschen Einheit', '1. Weihnachtstag', '2. Weihnachtstag']) {
        assert.ok(names(2026, land).includes(n), `${land} ${n}`);
      }
    }
    assert.equal(holidayOn('2026-04-03', '05')?.name, 'Karfreitag');
    assert.equal(holidayOn('2026-05-14', '05')?.name, 'Christi Himmelfahrt');
    assert.equal(holidayOn('2026-05-25', '05')?.name, 'Pfingstmontag');
  });

  it('knows the Land-specific days', () => {
    assert.equal(holidayOn('2026-06-04', '05')?.name, 'Fronleichnam');
    assert.equal(holidayOn('2026-06-04', '11'), undefined);
    assert.equal(holidayOn('2026-01-06', '09')?.name, 'Heilige Drei Könige');
    assert.equal(holidayOn('2026-01-06', '05'), undefined);
    assert.equal(holidayOn('2026-03-08', '11')?.name, 'Internationaler Frauentag');
    assert.equal(holidayOn('2026-03-08', '13')?.name, 'Internationaler Frauentag');
    assert.equal(holidayOn('2022-03-08', '13'), undefined, 'MV only since 2023');
    assert.equal(holidayOn('2026-09-20', '16')?.name, 'Weltkindertag');
    assert.equal(holidayOn('2026-10-31', '03')?.name, 'Reformationstag');
    assert.equal(holidayOn('2017-10-31', '09')?.name, 'Reformationstag', 'nationwide in 2017');
    assert.equal(holidayOn('2026-10-31', '09'), undefined);
    assert.equal(holidayOn('2026-11-01', '05')?.name, 'Allerheiligen');
    assert.equal(holidayOn('2026-11-18', '14')?.name, 'Buß- und Bettag');
    assert.equal(holidayOn('2025-11-19', '14')?.name, 'Buß- und Bettag');
    assert.equal(holidayOn('2026-11-18', '09'), undefined);
    assert.equal(holidayOn('2026-08-15', '10')?.name, 'Mariä Himmelfahrt');
    assert.equal(holidayOn('2026-08-15', '09')?.regional, true);
    assert.equal(holidayOn('2025-05-08', '11')?.name, 'Tag der Befreiung');
    assert.equal(holidayOn('2026-05-08', '11'), undefined);
  });

  it('has the right number of holidays per Land', () => {
    const expected: Record<string, number> = { '05': 11, '09': 13, '11': 10, '12': 12, '14': 11, '16': 11, '01': 10, '10': 12 };
    for (const [land, count] of Object.entries(expected)) assert.equal(publicHolidays(2026, land).length, count, land);
  });
});
