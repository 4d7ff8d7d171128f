/** The browser's typed client against the real app (in-process): data, problems, aborts, retries. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApiClient, NetworkError, ProblemError, retry } from '../../src/api/index.ts';
import { openTestApp, type TestApp } from './support/app.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { DORTMUND } from './support/fixtures.ts';

describe('api client', () => {
  let t: TestApp;
  let client: ReturnType<typeof createApiClient>;
  const calls: string[] = [];
  before(async () => {
    t = await openTestApp(TEST_DATABASES[0]!);
    client = createApiClient({
      baseUrl: 'https://api.example.test/api/',
      fetch: async (input, init) => {
        calls.push(String(input));
        return t.app.request(String(input), init);
      },
    });
  });
  after(() => t.close());

  test('searches centres with repeated filters and gets typed results', async () => {
    const page = await client.searchCentres({ ...DORTMUND, radiusKm: 30, topic: ['suchtberatung', 'migrationsberatung'] });
    assert.deepEqual(page.items.map((c) => c.id), ['do-sucht', 'bochum-migration']);
    assert.match(calls.at(-1)!, /^https:\/\/api\.example\.test\/api\/centres\?.*topic=suchtberatung&topic=migrationsberatung/);
  });

  test('loads a tenant config, a service, a centre and places', async () => {
    assert.equal((await client.tenantConfig('05913000')).ags, '05913000');
    assert.equal((await client.service('wohngeld')).kind, 'information');
    assert.equal((await client.centre('do-schuldner')).carrier, 'Caritas');
    assert.equal((await client.placesByPostalCode('44137')).items[0]?.place.name, 'Dortmund');
    assert.ok((await client.suggestPlaces('Biele', 3)).items.some((c) => c.place.name === 'Bielefeld'));
  });

  test('an error answer becomes a ProblemError with field errors', async () => {
    await assert.rejects(client.searchCentres({ lat: 99, lon: 7 }), (error: unknown) => {
      assert.ok(error instanceof ProblemError);
      assert.equal(error.status, 400);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['lat']);
      assert.equal(error.transient, false);
      return true;
    });
    await assert.rejects(client.centre('nope'), (e: unknown) => e instanceof ProblemError && e.status === 404);
  });

  test('a failed connection is a NetworkError; an abort stays an abort', async () => {
    const offline = createApiClient({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await assert.rejects(offline.health(), NetworkError);
    const controller = new AbortController();
    controller.abort(new DOMException('weg', 'AbortError'));
    const aborting = createApiClient({ fetch: (_i, init) => Promise.reject(init?.signal?.reason) });
    await assert.rejects(aborting.health({ signal: controller.signal }), (e: unknown) => e instanceof DOMException && e.name === 'AbortError');
  });

  test('retry waits as Retry-After says on 429/503 and gives up on other errors', async () => {
    const answers = [
      new Response(JSON.stringify({ type: 'x', title: 'Zu viele Anfragen.', status: 429 }), { status: 429, headers: { 'Retry-After': '2' } }),
      new Response(JSON.stringify({ type: 'x', title: 'Weg.', status: 503 }), { status: 503 }),
      new Response(JSON.stringify({ status: 'ok', version: '1' }), { status: 200 }),
    ];
    const flaky = createApiClient({ fetch: async () => answers.shift()! });
    const waits: number[] = [];
    const health = await retry(() => flaky.health(), { attempts: 3, baseDelayMs: 100, random: () => 1, sleep: async (ms) => void waits.push(ms) });
    assert.equal(health.status, 'ok');
    assert.deepEqual(waits, [2000, 200]);

    let tries = 0;
    await assert.rejects(
      retry(
        () => {
          tries++;
          return client.centre('nope');
        },
        { sleep: async () => {} },
      ),
      ProblemError,
    );
    assert.equal(tries, 1, 'a 404 is not retried');
  });
});
