// The offline geocoder over the real dataset: what a person typing into the place field gets back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGeocoder } from '../../src/geo/geocoder.ts';
import { loadPlaces } from '../../src/geo/load-places.node.ts';
import type { Place } from '../../src/geo/place.ts';

const geocoder = createGeocoder(loadPlaces());
const labels = (query: string, limit?: number): string[] => geocoder.suggestSync(query, limit).map((c) => c.label);

describe('geocoder: place names', () => {
  it('finds a town by the start of its name, the largest first', () => {
    assert.equal(labels('Dort')[0], 'Dortmund');
    assert.equal(labels('Biele')[0], 'Bielefeld');
    assert.equal(labels('b')[0], 'Berlin');
  });

  it('ignores case, umlauts written out or left off, ß and hyphens', () => {
    for (const q of ['würzburg', 'WUERZBURG', 'wurzburg', 'Würz']) assert.equal(labels(q)[0], 'Würzburg', q);
    assert.ok(labels('Gross-Gerau').includes('Groß-Gerau'));
    assert.ok(labels('halle saale').includes('Halle (Saale)'));
  });

  it('treats "St." and "Sankt" alike, but "St" alone stays a prefix', () => {
    assert.equal(labels('St. Ingbert')[0], 'Sankt Ingbert');
    assert.equal(labels('sankt-ingbert')[0], 'Sankt Ingbert');
    assert.equal(labels('Stutt')[0], 'Stuttgart');
  });

  it('puts an exact name before longer names that start with it', () => {
    const [first] = geocoder.suggestSync('Frankfurt');
    assert.equal(first?.place.name, 'Frankfurt am Main');
    const neustadt = geocoder.suggestSync('Neustadt', 20);
    const firstPrefixOnly = neustadt.findIndex((c) => c.place.name !== 'Neustadt');
    assert.ok(neustadt.slice(firstPrefixOnly).every((c) => c.place.name !== 'Neustadt'));
  });

  it('shows the context of places that share a name, so they can be told apart', () => {
    const same = geocoder.suggestSync('Neustadt', 20).filter((c) => c.place.name === 'Neustadt');
    assert.ok(same.length >= 2);
    assert.equal(new Set(same.map((c) => c.label)).size, same.length);
    assert.match(same[0]?.label ?? '', /^Neustadt \(.+\)$/);
  });

  it('finds a place by a later word of its name', () => {
    assert.ok(labels('Weinstraße').some((l) => l.startsWith('Neustadt an der Weinstraße')));
  });

  it('answers nothing, not everything, to nonsense and empty input', () => {
    assert.deepEqual(labels('xqzy'), []);
    assert.deepEqual(labels('   '), []);
    assert.deepEqual(labels('!!!'), []);
  });

  it('respects the limit', () => {
    assert.equal(labels('b', 3).length, 3);
    assert.equal(labels('4', 5).length, 5);
  });
});

describe('geocoder: postcodes', () => {
  it('completes a PLZ prefix in ascending order', () => {
    const found = geocoder.suggestSync('441', 4);
    assert.deepEqual(found.map((c) => c.postalCode), ['44135', '44137', '44139', '44141']);
    assert.equal(found[1]?.label, '44137 Dortmund');
  });

  it('narrows a PLZ by a following place name', () => {
    const found = geocoder.suggestSync('56479 Neu', 10);
    assert.ok(found.length >= 1);
    assert.ok(found.every((c) => c.postalCode === '56479' && c.place.name.startsWith('Neu')));
  });

  it('offers every place of a PLZ that covers several places', async () => {
    const found = await geocoder.byPostalCode('56479');
    assert.ok(found.length > 5);
    assert.ok(found.every((c) => c.postalCode === '56479' && c.place.land === '07'));
  });

  it('returns nothing for a PLZ that does not exist or is malformed', async () => {
    assert.deepEqual(await geocoder.byPostalCode('00000'), []);
    assert.deepEqual(await geocoder.byPostalCode('4413'), []);
    assert.deepEqual(await geocoder.byPostalCode('44137; drop table'), []);
  });
});

describe('geocoder: seams', () => {
  it('works on any list of places (a deployment may bring its own)', async () => {
    const own: Place[] = [
      { id: 'a', name: 'Musterstadt', context: '', land: '05', postalCodes: ['12345'], lat: 51, lon: 7, population: 10 },
    ];
    const g = createGeocoder(own);
    assert.equal((await g.suggest('muster'))[0]?.place.id, 'a');
    assert.equal((await g.byPostalCode('12345'))[0]?.label, '12345 Musterstadt');
  });

  it('loads the bundled places itself when given none', async () => {
    const lazy = createGeocoder();
    assert.equal((await lazy.suggest('44137'))[0]?.place.name, 'Dortmund');
  });
});
