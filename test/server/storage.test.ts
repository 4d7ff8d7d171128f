/** Migrations and seed: idempotent, safe for instances starting together, and the full demo data. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nodeDemoData } from '../../server/seed/demo-data.ts';
import { SeedError, seedDemoData } from '../../server/seed/seed.ts';
import { migrate } from '../../server/storage/migrate.ts';
import { MIGRATIONS } from '../../server/storage/migrations/index.ts';
import type { SqlClient } from '../../server/storage/sql.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { fixtureData } from './support/fixtures.ts';

for (const db of TEST_DATABASES) {
  describe(`storage (${db.name})`, () => {
    let sql: SqlClient;
    before(async () => {
      sql = await db.open();
    });
    after(() => sql.close());

    test('migrations run once, even when two instances start together', async () => {
      const [first, second] = await Promise.all([migrate(sql), migrate(sql)]);
      assert.deepEqual([...first!, ...second!], MIGRATIONS.map((m) => m.version));
      assert.deepEqual(await migrate(sql), []);
    });

    test('seeds at least 2,000 generated centres across Germany, once', async () => {
      const data = nodeDemoData();
      const first = await seedDemoData(sql, data);
      assert.ok(first.centres >= 2000);
      assert.deepEqual(await seedDemoData(sql, data), { centres: 0 }, 'a restart does not seed again');
      const [row] = await sql.query<{ count: number; laender: number; advisors: number }>(
        `select count(*)::int as count, count(distinct land)::int as laender,
                (select count(*)::int from advisors) as advisors from centres`,
      );
      assert.equal(row?.count, first.centres);
      assert.equal(row?.laender, 16);
      assert.ok((row?.advisors ?? 0) > 0);
    });

    test('every Land is known with its booking participation', async () => {
      const rows = await sql.query<{ key: string; booking_participates: boolean }>('select key, booking_participates from laender order by key');
      assert.equal(rows.length, 16);
      const nrw = rows.find((r) => r.key === '05')!;
      assert.equal(nrw.booking_participates, true);
    });

    test('a broken tenant config stops the seed with a message naming the fix', async () => {
      const data = fixtureData();
      const kommunen = [{ ...(data.kommunen[0] as object), services: [{ service: 'seniorenpass', onlineApplication: false }] }];
      await assert.rejects(seedDemoData(sql, { ...data, kommunen }), (error: unknown) => {
        assert.ok(error instanceof SeedError);
        assert.match(error.message, /seniorenpass/);
        return true;
      });
    });

    test('the generated data can be searched', async () => {
      const result = await sqlStorage(sql).searchCentres({ lat: 52.52, lon: 13.405, radiusKm: 20, page: { offset: 0, limit: 5 } });
      assert.ok(result.total > 0, 'Berlin has centres');
      assert.ok(result.items.every((c) => c.land === '11' || c.land === '12'));
    });
  });
}
