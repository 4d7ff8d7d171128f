import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wallClock } from '../../src/opening-hours/berlin-time.ts';

const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

describe('wall clock in Berlin', () => {
  // The offset is cached per UTC hour; compare with Intl minute by minute around both DST changes.
  for (const [name, from] of [['March', Date.UTC(2026, 2, 28, 12)], ['October', Date.UTC(2026, 9, 24, 12)]] as const) {
    it(`agrees with Intl every 7 minutes across the ${name} change`, () => {
      for (let t = from; t < from + 2 * 86_400_000; t += 7 * 60_000) {
        const [date, time] = intl.format(new Date(t)).split(' ') as [string, string];
        const [h, m] = time.split(':').map(Number) as [number, number];
        const wall = wallClock(new Date(t));
        assert.equal(wall.date, date, new Date(t).toISOString());
        assert.equal(wall.minutes, h * 60 + m, new Date(t).toISOString());
      }
    });
  }
});
