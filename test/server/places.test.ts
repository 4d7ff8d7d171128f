/** Place lookup over HTTP: autocomplete and PLZ, from the offline dataset (no database needed). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../../server/app.ts';
import { problem } from '../../src/contract/problem.ts';
import { placeList } from '../../src/contract/places.ts';
import type { Storage } from '../../server/storage/storage.ts';
import { testGeocoder } from './support/app.ts';

// Place lookup never touches the database; CORS asks for origins only when an Origin is sent.
const storage = { allowedOrigins: async () => [] } as unknown as Storage;
const app = createApp({ storage, geocoder: testGeocoder() });

describe('places', () => {
  test('suggests places for the start of a name, best first', async () => {
    const response = await app.request('/api/places?q=Dortm');
    assert.equal(response.status, 200);
    const list = placeList.parse(await response.json());
    assert.equal(list.items[0]?.place.name, 'Dortmund');
    assert.ok(list.items[0]!.place.postalCodes.includes('44137'));
  });

  test('suggests postcodes for the start of a PLZ', async () => {
    const list = placeList.parse(await (await app.request('/api/places?q=4413&limit=3')).json());
    assert.equal(list.items.length, 3);
    assert.ok(list.items.every((c) => c.postalCode?.startsWith('4413')));
  });

  test('finds the places of a PLZ', async () => {
    const response = await app.request('/api/places/97070');
    const list = placeList.parse(await response.json());
    assert.equal(list.items[0]?.place.name, 'Würzburg');
    assert.equal(list.items[0]?.label, '97070 Würzburg');
  });

  test('a PLZ that does not exist is 404, one that is not a PLZ is 400', async () => {
    const missing = await app.request('/api/places/00000');
    assert.equal(missing.status, 404);
    assert.equal(problem.parse(await missing.json()).detail, 'Die Postleitzahl 00000 gibt es nicht.');
    const wrong = await app.request('/api/places/4413a');
    assert.equal(wrong.status, 400);
    assert.deepEqual(problem.parse(await wrong.json()).errors?.map((e) => e.path), ['plz']);
  });

  test('rejects an empty or overlong query and unknown parameters', async () => {
    assert.equal((await app.request('/api/places?q=')).status, 400);
    assert.equal((await app.request(`/api/places?q=${'a'.repeat(101)}`)).status, 400);
    assert.equal((await app.request('/api/places?q=Bonn&limit=500')).status, 400);
    assert.equal((await app.request('/api/places?q=Bonn&plz=1')).status, 400);
  });

  test('SQL metacharacters are just text that matches nothing', async () => {
    const list = placeList.parse(await (await app.request(`/api/places?q=${encodeURIComponent("'; DROP TABLE x;--")}`)).json());
    assert.deepEqual(list.items, []);
  });
});
