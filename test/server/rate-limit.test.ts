/** The database-backed rate limiter: shared by instances, 429 with Retry-After, per client and window. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { ApiProblem, problemResponse } from '../../server/http/problem.ts';
import { checkRateLimit, rateLimit, type RateLimitDeps } from '../../server/http/rate-limit.ts';
import { migrate } from '../../server/storage/migrate.ts';
import type { SqlClient } from '../../server/storage/sql.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { problem } from '../../src/contract/problem.ts';
import { TEST_DATABASES } from './support/databases.ts';

for (const db of TEST_DATABASES) {
  describe(`rate limit (${db.name})`, () => {
    let sql: SqlClient;
    let now = new Date('2026-03-11T09:00:10Z');
    before(async () => {
      sql = await db.open();
      await migrate(sql);
    });
    after(() => sql.close());

    /** A tiny public write endpoint, served by two "instances" over one database. */
    const instance = (address: string) => {
      const deps: RateLimitDeps = { storage: sqlStorage(sql), clock: () => now, clientAddress: () => address, salt: 'test' };
      const app = new Hono();
      app.post('/api/feedback', rateLimit(deps, { bucket: 'feedback', limit: 3, windowSeconds: 60 }), (c) => c.body(null, 204));
      app.onError((error, c) => (error instanceof ApiProblem ? problemResponse(c, error) : c.text('error', 500)));
      return app;
    };

    test('the fourth request in a minute is 429 with Retry-After, across instances', async () => {
      const a = instance('198.51.100.7');
      const b = instance('198.51.100.7');
      const statuses = [];
      for (const app of [a, b, a, b]) statuses.push((await app.request('/api/feedback', { method: 'POST' })).status);
      assert.deepEqual(statuses, [204, 204, 204, 429]);
      const limited = await a.request('/api/feedback', { method: 'POST' });
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '50', 'the window ends at 09:01:00');
      assert.match(problem.parse(await limited.json()).detail ?? '', /50 Sekunden/);
    });

    test('another client has its own count', async () => {
      assert.equal((await instance('203.0.113.9').request('/api/feedback', { method: 'POST' })).status, 204);
    });

    test('a new window starts a new count', async () => {
      now = new Date('2026-03-11T09:01:00Z');
      assert.equal((await instance('198.51.100.7').request('/api/feedback', { method: 'POST' })).status, 204);
    });

    test('stores a hash of the client, never its address', async () => {
      await checkRateLimit(
        { storage: sqlStorage(sql), clock: () => now, clientAddress: () => '', salt: 'test' },
        { bucket: 'other', limit: 1, windowSeconds: 60 },
        '192.0.2.55',
      );
      const rows = await sql.query<{ client: string }>('select client from rate_limit_hits');
      assert.ok(rows.length >= 3);
      assert.ok(rows.every((r) => /^[0-9a-f]{32}$/.test(r.client)));
      assert.ok(!JSON.stringify(rows).includes('192.0.2'));
    });
  });
}
