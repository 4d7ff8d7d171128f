// Distances between places and the ~1 km rounding of a browser position.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceKm } from '../../src/geo/distance.ts';
import { roundPosition } from '../../src/geo/round.ts';

describe('distanceKm', () => {
  it('gives the known distance Dortmund–Bielefeld (about 95 km) and zero for the same point', () => {
    const dortmund = { lat: 51.5149, lon: 7.466 };
    const bielefeld = { lat: 52.0333, lon: 8.5333 };
    assert.ok(Math.abs(distanceKm(dortmund, bielefeld) - 92) < 5);
    assert.equal(distanceKm(dortmund, dortmund), 0);
    assert.equal(distanceKm(dortmund, bielefeld), distanceKm(bielefeld, dortmund));
  });
});

describe('roundPosition', () => {
  it('moves a position by at most about 1 km', () => {
    for (const p of [{ lat: 51.51234, lon: 7.46789 }, { lat: 47.6, lon: 10.0049 }, { lat: 54.9, lon: 8.3 }]) {
      const r = roundPosition(p);
      assert.ok(distanceKm(p, r) <= 0.8, JSON.stringify({ p, r }));
    }
  });

  it('maps nearby positions to the same cell, so the exact position cannot be read back', () => {
    const a = roundPosition({ lat: 51.51201, lon: 7.46601 });
    const b = roundPosition({ lat: 51.51299, lon: 7.46699 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, { lat: 51.51201, lon: 7.46601 });
  });
});
