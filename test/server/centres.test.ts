/** Centre search and profile over HTTP, on every test database. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { centreDetail, centrePage, type CentrePage } from '../../src/contract/centres.ts';
import { problem, type Problem } from '../../src/contract/problem.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { createApp } from '../../server/app.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { body, openTestApp, testGeocoder, type TestApp } from './support/app.ts';
import { DORTMUND } from './support/fixtures.ts';

const search = (params: Record<string, string | string[]>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) query.append(key, v);
  return `/api/centres?${query}`;
};
const near = { lat: String(DORTMUND.lat), lon: String(DORTMUND.lon) };

for (const db of TEST_DATABASES) {
  describe(`centres (${db.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(db);
    });
    after(() => t.close());

    const get = async (url: string) => {
      const response = await t.app.request(url);
      return { response, json: await body(response) };
    };

    test('finds the centres within the radius, nearest first, with the total', async () => {
      const { response, json } = await get(search({ ...near, radiusKm: '30' }));
      assert.equal(response.status, 200);
      const page = centrePage.parse(json);
      assert.deepEqual(
        page.items.map((c) => c.id),
        ['do-schuldner', 'do-sucht', 'bochum-migration'],
      );
      assert.equal(page.total, 3);
      assert.ok(page.items[0]!.distanceKm! < 0.5);
      assert.ok(page.items[2]!.distanceKm! > 15 && page.items[2]!.distanceKm! < 20, `Bochum is ~17 km away, got ${page.items[2]!.distanceKm}`);
    });

    test('a small radius leaves out what is farther away', async () => {
      const page = centrePage.parse((await get(search({ ...near, radiusKm: '5' }))).json);
      assert.deepEqual(page.items.map((c) => c.id), ['do-schuldner', 'do-sucht']);
    });

    test('filters by topic, mode, language and barrier-free access (any value within a filter)', async () => {
      const byTopic = centrePage.parse((await get(search({ ...near, radiusKm: '30', topic: ['suchtberatung', 'migrationsberatung'] }))).json);
      assert.deepEqual(byTopic.items.map((c) => c.id), ['do-sucht', 'bochum-migration']);
      const byMode = centrePage.parse((await get(search({ ...near, radiusKm: '30', mode: 'chat' }))).json);
      assert.deepEqual(byMode.items.map((c) => c.id), ['bochum-migration']);
      const byLanguage = centrePage.parse((await get(search({ ...near, radiusKm: '30', language: ['tr', 'uk'] }))).json);
      assert.deepEqual(byLanguage.items.map((c) => c.id), ['do-schuldner', 'bochum-migration']);
      const barrierFree = centrePage.parse((await get(search({ ...near, radiusKm: '30', barrierFree: 'true' }))).json);
      assert.deepEqual(barrierFree.items.map((c) => c.id), ['do-schuldner']);
    });

    test('open now uses the opening hours at the request time (a Wednesday morning)', async () => {
      const page = centrePage.parse((await get(search({ ...near, radiusKm: '30', openNow: 'true' }))).json);
      // The Hörde centre opens on Saturdays only.
      assert.deepEqual(page.items.map((c) => c.id), ['do-schuldner', 'bochum-migration']);
      assert.equal(page.total, 2);
      assert.ok(page.items.every((c) => c.openNow));
    });

    test('pages through the results and keeps the total', async () => {
      const first = centrePage.parse((await get(search({ ...near, radiusKm: '30', limit: '2' }))).json);
      const second = centrePage.parse((await get(search({ ...near, radiusKm: '30', limit: '2', offset: '2' }))).json);
      const beyond = centrePage.parse((await get(search({ ...near, radiusKm: '30', limit: '2', offset: '10' }))).json);
      assert.deepEqual([...first.items, ...second.items].map((c) => c.id), ['do-schuldner', 'do-sucht', 'bochum-migration']);
      assert.deepEqual([first.total, second.total, beyond.total], [3, 3, 3]);
      assert.equal(beyond.items.length, 0);
    });

    test('online booking needs the centre, a signed AVV and a Land that takes part', async () => {
      const page = centrePage.parse((await get(search({ ...near, radiusKm: '30' }))).json);
      const booking = Object.fromEntries(page.items.map((c) => [c.id, c.onlineBooking]));
      assert.deepEqual(booking, { 'do-schuldner': true, 'do-sucht': false, 'bochum-migration': true });
      const bremen = centreDetail.parse((await get('/api/centres/hb-wohnen')).json);
      assert.equal(bremen.onlineBooking, false, 'Bremen has no config and is not in the demo list of participating Länder');
    });

    test('a public holiday closes a centre although its weekday hours say open', async () => {
      // Easter Monday 2026 (6 April), 10:00 in Berlin: a Monday, a holiday in every Land.
      const easterMonday = createApp({ storage: sqlStorage(t.sql), clock: () => new Date('2026-04-06T08:00:00Z'), geocoder: testGeocoder() });
      const centre = centreDetail.parse(await (await easterMonday.request('/api/centres/do-schuldner')).json());
      assert.equal(centre.openNow, false);
      const page = centrePage.parse(await (await easterMonday.request(search({ ...near, radiusKm: '30', openNow: 'true' }))).json());
      assert.equal(page.total, 0);
    });

    test('shows a centre profile with contact, hours, region and advisors', async () => {
      const { response, json } = await get('/api/centres/do-schuldner');
      assert.equal(response.status, 200);
      const centre = centreDetail.parse(json);
      assert.equal(centre.contact.email, 'schuldnerberatung@caritas-do.example.org');
      assert.equal(centre.openingHours.length, 5);
      assert.deepEqual(centre.serviceRegion.postalCodes, ['44137']);
      assert.deepEqual(centre.advisors, [{ id: 'adv-1', displayName: 'Frau A. (Demo)' }]);
      assert.equal(centre.demo, true);
      assert.equal(centre.openNow, true);
    });

    test('an unknown centre is 404 problem+json', async () => {
      const { response, json } = await get('/api/centres/gibt-es-nicht');
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(problem.parse(json).status, 404);
    });

    test('rejects wrong types, out-of-range values and unknown parameters with field paths', async () => {
      const { response, json } = await get(search({ lat: 'abc', lon: '200', radiusKm: '0', topic: ['schuldnerberatung', 'astrologie'], foo: '1' }));
      assert.equal(response.status, 400);
      const p = problem.parse(json) as Problem;
      const paths = (p.errors ?? []).map((e) => e.path).sort();
      assert.deepEqual(paths, ['foo', 'lat', 'lon', 'radiusKm', 'topic[1]']);
      const lat = p.errors!.find((e) => e.path === 'lat')!;
      assert.equal(lat.message, 'Hier wird eine Zahl erwartet.');
      assert.match(p.errors!.find((e) => e.path === 'foo')!.message, /unbekannt/);
    });

    test('a missing point is named as missing', async () => {
      const { response, json } = await get('/api/centres');
      assert.equal(response.status, 400);
      const errors = (json as Problem).errors ?? [];
      assert.deepEqual(errors.map((e) => e.path).sort(), ['lat', 'lon']);
      assert.ok(errors.every((e) => e.message === 'Bitte geben Sie hier einen Wert an.'));
    });

    test('SQL metacharacters are plain data', async () => {
      const hostile = "x' OR '1'='1; DROP TABLE centres;--";
      const byId = await get(`/api/centres/${encodeURIComponent(hostile)}`);
      assert.equal(byId.response.status, 400);
      const byLanguage = await get(search({ ...near, language: hostile }));
      assert.equal(byLanguage.response.status, 400);
      const stored = centreDetail.parse((await get('/api/centres/wue-schwanger')).json);
      assert.match(stored.name, /DROP TABLE centres;--$/);
      const still = centrePage.parse((await get(search({ ...near, radiusKm: '30' }))).json);
      assert.equal(still.total, 3);
    });

    describe('POST /api/centres/search', () => {
      const post = (payload: string, type = 'application/json') =>
        t.app.request('/api/centres/search', { method: 'POST', body: payload, headers: { 'Content-Type': type } });

      test('answers like the GET search', async () => {
        const response = await post(JSON.stringify({ ...DORTMUND, radiusKm: 30, topic: ['suchtberatung'] }));
        assert.equal(response.status, 200);
        const page: CentrePage = centrePage.parse(await response.json());
        assert.deepEqual(page.items.map((c) => c.id), ['do-sucht']);
      });

      test('malformed JSON is 400', async () => {
        const response = await post('{"lat": 51.5,');
        assert.equal(response.status, 400);
        assert.equal(problem.parse(await response.json()).type, '/api/docs#problem-malformed');
      });

      test('wrong types and unknown fields are 422 with paths', async () => {
        const response = await post(JSON.stringify({ lat: '51.5', lon: 7.4, radiusKm: 10, email: 'x@example.org' }));
        assert.equal(response.status, 422);
        const p = problem.parse(await response.json());
        assert.deepEqual(p.errors?.map((e) => e.path).sort(), ['email', 'lat']);
      });

      test('a body that is not JSON is 415', async () => {
        const response = await post('lat=51.5', 'application/x-www-form-urlencoded');
        assert.equal(response.status, 415);
      });

      test('a huge body is 413 before it is parsed', async () => {
        const huge = JSON.stringify({ ...DORTMUND, language: Array.from({ length: 40_000 }, () => 'de') });
        const response = await post(huge);
        assert.equal(response.status, 413);
        assert.equal(problem.parse(await response.json()).status, 413);
      });
    });
  });
}
