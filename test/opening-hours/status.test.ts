// "jetzt geöffnet" / "öffnet um …" in Europe/Berlin: across midnight, DST changes and public holidays.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openingStatus, todaysHours, type WeeklyInterval } from '../../src/opening-hours/status.ts';

const NRW = '05';
const BERLIN = '11';
const weekdays = (opens: string, closes: string): WeeklyInterval[] => [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));
const officeHours: WeeklyInterval[] = [...weekdays('09:00', '12:00'), ...weekdays('13:00', '16:00')];
const at = (iso: string): Date => new Date(iso);

describe('openingStatus', () => {
  it('is open during office hours and says when it closes', () => {
    // Wednesday 10 June 2026, 10:00 in Berlin (summer time, UTC+2).
    const s = openingStatus(officeHours, at('2026-06-10T08:00:00Z'), NRW);
    assert.equal(s.open, true);
    assert.equal(s.closesAt?.toISOString(), '2026-06-10T10:00:00.000Z');
    assert.equal(s.holiday, undefined);
  });

  it('is closed over lunch and opens again at 13:00', () => {
    const s = openingStatus(officeHours, at('2026-06-10T10:30:00Z'), NRW);
    assert.equal(s.open, false);
    assert.equal(s.opensAt?.toISOString(), '2026-06-10T11:00:00.000Z');
  });

  it('merges adjoining intervals into one closing time', () => {
    const hours = [{ day: 3, opens: '08:00', closes: '12:00' }, { day: 3, opens: '12:00', closes: '16:00' }];
    assert.equal(openingStatus(hours, at('2026-06-10T07:00:00Z'), NRW).closesAt?.toISOString(), '2026-06-10T14:00:00.000Z');
  });

  it('opens on Monday after the weekend', () => {
    const s = openingStatus(officeHours, at('2026-06-12T15:00:00Z'), NRW); // Friday 17:00
    assert.equal(s.open, false);
    assert.equal(s.opensAt?.toISOString(), '2026-06-15T07:00:00.000Z'); // Monday 09:00
  });

  it('runs across midnight: open at 01:00 on Saturday from Friday 20:00 to 02:00', () => {
    const night = [{ day: 5, opens: '20:00', closes: '02:00' }];
    const s = openingStatus(night, at('2026-06-12T23:00:00Z'), NRW); // Saturday 01:00
    assert.equal(s.open, true);
    assert.equal(s.closesAt?.toISOString(), '2026-06-13T00:00:00.000Z'); // Saturday 02:00
    const later = openingStatus(night, at('2026-06-13T01:00:00Z'), NRW); // Saturday 03:00
    assert.equal(later.open, false);
    assert.equal(later.opensAt?.toISOString(), '2026-06-19T18:00:00.000Z'); // next Friday 20:00
  });

  it('handles the change to summer time (29 March 2026)', () => {
    const night = [{ day: 6, opens: '22:00', closes: '04:00' }];
    const s = openingStatus(night, at('2026-03-29T01:30:00Z'), NRW); // Sunday 03:30 CEST
    assert.equal(s.open, true);
    assert.equal(s.closesAt?.toISOString(), '2026-03-29T02:00:00.000Z'); // 04:00 CEST
    const monday = openingStatus(officeHours, at('2026-03-27T16:00:00Z'), NRW); // Friday 17:00 CET
    assert.equal(monday.opensAt?.toISOString(), '2026-03-30T07:00:00.000Z'); // Monday 09:00 CEST
  });

  it('handles the change to winter time (25 October 2026)', () => {
    const night = [{ day: 6, opens: '22:00', closes: '04:00' }];
    for (const utc of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      // 02:30 happens twice that night; the centre is open both times.
      const s = openingStatus(night, at(utc), NRW);
      assert.equal(s.open, true, utc);
      assert.equal(s.closesAt?.toISOString(), '2026-10-25T03:00:00.000Z'); // 04:00 CET
    }
    const monday = openingStatus(officeHours, at('2026-10-23T15:00:00Z'), NRW); // Friday 17:00 CEST
    assert.equal(monday.opensAt?.toISOString(), '2026-10-26T08:00:00.000Z'); // Monday 09:00 CET
  });

  it('is closed on Christmas and opens after the holidays and the weekend', () => {
    const s = openingStatus(officeHours, at('2026-12-25T09:00:00Z'), NRW); // Friday 10:00
    assert.equal(s.open, false);
    assert.equal(s.holiday, '1. Weihnachtstag');
    assert.equal(s.opensAt?.toISOString(), '2026-12-28T08:00:00.000Z'); // Monday 09:00
  });

  it('is closed on Fronleichnam in NRW but open in Berlin', () => {
    const thursday10 = at('2026-06-04T08:00:00Z');
    const nrw = openingStatus(officeHours, thursday10, NRW);
    assert.equal(nrw.open, false);
    assert.equal(nrw.holiday, 'Fronleichnam');
    assert.equal(nrw.opensAt?.toISOString(), '2026-06-05T07:00:00.000Z'); // Friday 09:00
    assert.equal(openingStatus(officeHours, thursday10, BERLIN).open, true);
  });

  it('lets a night opening that began before a holiday run out, but not start on it', () => {
    const nightly = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '20:00', closes: '02:00' }));
    assert.equal(openingStatus(nightly, at('2026-12-25T00:00:00Z'), NRW).open, true); // 25 Dec 01:00, from the 24th
    assert.equal(openingStatus(nightly, at('2026-12-25T20:00:00Z'), NRW).open, false); // 25 Dec 21:00
  });

  it('gives no next opening when there is none within 14 days', () => {
    assert.deepEqual(openingStatus([], at('2026-06-10T08:00:00Z'), NRW), { open: false });
  });
});

describe('todaysHours', () => {
  it('lists today’s intervals in order', () => {
    const t = todaysHours([...officeHours].reverse(), at('2026-06-10T08:00:00Z'), NRW);
    assert.deepEqual(t, { date: '2026-06-10', intervals: [{ opens: '09:00', closes: '12:00' }, { opens: '13:00', closes: '16:00' }] });
  });

  it('takes the Berlin date, not the UTC date, just after midnight', () => {
    assert.equal(todaysHours(officeHours, at('2026-06-09T22:30:00Z'), NRW).date, '2026-06-10');
  });

  it('shows the holiday instead of hours', () => {
    assert.deepEqual(todaysHours(officeHours, at('2026-06-04T08:00:00Z'), NRW), { date: '2026-06-04', intervals: [], holiday: 'Fronleichnam' });
    assert.equal(todaysHours(officeHours, at('2026-06-04T08:00:00Z'), BERLIN).intervals.length, 2);
  });
});
