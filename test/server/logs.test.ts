/** The logs carry request ids and routes, never what a citizen typed (name, e-mail, phone). */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { openTestApp, testGeocoder, type TestApp } from './support/app.ts';
import { TEST_DATABASES } from './support/databases.ts';

const NAME = 'Erika Mustermann';
const EMAIL = 'erika.mustermann@example.org';
const PHONE = '+49 170 1234567';

describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });

  before(async () => {
    t = await openTestApp(TEST_DATABASES[0]!);
  });
  after(() => t.close());

  test('personal data sent in path, query, headers or body never reaches the log', async () => {
    const storage = sqlStorage(t.sql);
    const app = createApp({
      storage: {
        ...storage,
        // A driver error that quotes the input, as PostgreSQL's messages can.
        getCentre: async (id) => {
          if (id === 'boom') throw new Error(`invalid input syntax: "${EMAIL}"`);
          return storage.getCentre(id);
        },
      },
      logger: createLogger(sink),
      geocoder: testGeocoder(),
    });
    const personal = { name: NAME, email: EMAIL, phone: PHONE };
    const query = new URLSearchParams({ lat: '51.5', lon: '7.4', ...personal });
    const responses = [
      await app.request(`/api/centres?${query}`),
      await app.request(`/api/places?q=${encodeURIComponent(NAME)}`),
      await app.request(`/api/centres/${encodeURIComponent(EMAIL)}`),
      await app.request('/api/centres/boom'),
      await app.request('/api/centres/search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Caller': EMAIL },
        body: JSON.stringify({ lat: 51.5, lon: 7.4, ...personal }),
      }),
      await app.request('/api/centres/search', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"name":"${NAME}",` }),
    ];
    assert.deepEqual(responses.map((r) => r.status), [400, 200, 400, 500, 422, 400]);

    await new Promise((resolve) => setImmediate(resolve));
    const log = lines.join('\n');
    assert.ok(lines.length >= responses.length, 'one line per request at least');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(entries.every((e) => typeof e.reqId === 'string'), 'every line names its request');
    assert.ok(entries.some((e) => e.route === '/api/centres/:id'), 'routes are logged as patterns');
    for (const secret of [NAME, EMAIL, PHONE, 'Mustermann', 'erika', '1234567']) {
      assert.ok(!log.includes(secret), `log contains ${secret}`);
    }
  });
});
