/** Database faults: 503 problem+json while the database fails, recovery when it is back. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../server/app.ts';
import { classifyErrors, type SqlClient } from '../../server/storage/sql.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { problem } from '../../src/contract/problem.ts';
import { openTestApp, testGeocoder, WEDNESDAY_MORNING, type TestApp } from './support/app.ts';
import { applicationNameOf, TEST_DATABASES } from './support/databases.ts';

/** The network boundary: a client whose connection drops while `down` is set. */
function flaky(inner: SqlClient, state: { down: boolean }): SqlClient {
  const fail = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  return classifyErrors({
    driver: inner.driver,
    query: (text, params) => (state.down ? Promise.reject(fail()) : inner.query(text, params)),
    exec: (sql) => (state.down ? Promise.reject(fail()) : inner.exec(sql)),
    transaction: (work) => (state.down ? Promise.reject(fail()) : inner.transaction(work)),
    close: () => inner.close(),
  });
}

for (const db of TEST_DATABASES) {
  describe(`database faults (${db.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(db);
    });
    after(() => t.close());

    test('503 problem+json with Retry-After while the database is gone, then recovery', async () => {
      const state = { down: false };
      const app = createApp({ storage: sqlStorage(flaky(t.sql, state)), clock: () => WEDNESDAY_MORNING, geocoder: testGeocoder() });
      const url = '/api/centres?lat=51.5136&lon=7.4653&radiusKm=30';
      assert.equal((await app.request(url)).status, 200);

      state.down = true;
      const failing = await app.request(url);
      assert.equal(failing.status, 503);
      assert.match(failing.headers.get('content-type') ?? '', /problem\+json/);
      assert.ok(Number(failing.headers.get('retry-after')) > 0);
      assert.equal(problem.parse(await failing.json()).status, 503);
      assert.equal((await app.request('/api/ready')).status, 503);
      assert.equal((await app.request('/api/health')).status, 200, 'liveness does not depend on the database');

      state.down = false;
      assert.equal((await app.request(url)).status, 200);
      assert.equal((await app.request('/api/ready')).status, 200);
    });

    test('an unexpected error is 500 problem+json, and the next request works', async () => {
      const storage = sqlStorage(t.sql);
      let broken = true;
      const app = createApp({
        storage: {
          ...storage,
          listServices: () => (broken ? Promise.reject(new Error('bug')) : storage.listServices()),
        },
        geocoder: testGeocoder(),
      });
      const response = await app.request('/api/services');
      assert.equal(response.status, 500);
      assert.equal(problem.parse(await response.json()).status, 500);
      broken = false;
      assert.equal((await app.request('/api/services')).status, 200);
    });
  });
}

if (TEST_DATABASES.some((d) => d.name === 'postgres')) {
  describe('a real dropped connection (postgres)', () => {
    test('terminated server connections are answered with 503 or recovered, never a crash', async () => {
      const db = TEST_DATABASES.find((d) => d.name === 'postgres')!;
      const t = await openTestApp(db);
      try {
        const url = '/api/centres?lat=51.5136&lon=7.4653&radiusKm=30';
        assert.equal((await t.app.request(url)).status, 200);
        // Kill this run's other connections (the pool's idle ones), as a server restart would.
        await t.sql.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = $1 and pid <> pg_backend_pid()`,
          [await applicationNameOf(t.sql)],
        );
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) statuses.push((await t.app.request(url)).status);
        assert.ok(statuses.every((s) => s === 200 || s === 503), `got ${statuses.join(', ')}`);
        assert.equal(statuses.at(-1), 200, 'recovers with fresh connections');
      } finally {
        await t.close();
      }
    });
  });
}
