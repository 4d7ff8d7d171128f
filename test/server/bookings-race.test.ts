/** Concurrency: the database, not the hold, makes a double booking impossible. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ManagedBooking } from '../../src/contract/bookings.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { book, bookingBody, json, key, openBookingApp, solvedProof, tokenFromMail, type BookingTestApp } from './bookings-support.ts';

const ATTEMPTS = 200;

for (const db of TEST_DATABASES) {
  describe(`booking races (${db.name})`, () => {
    let t: BookingTestApp;
    before(async () => {
      t = await openBookingApp(db);
    });
    after(() => t.close());

    it(`${ATTEMPTS} parallel attempts on one slot: exactly one booking, the others 409`, async () => {
      const start = '2026-12-08T09:00:00.000Z';
      const proofs = await Promise.all(Array.from({ length: ATTEMPTS }, () => solvedProof(t)));
      const responses = await Promise.all(
        proofs.map((proof, i) =>
          t.call('POST', '/api/bookings', bookingBody(proof, { startsAt: start, contact: { name: `P${i}`, email: `p${i}@example.org` } }), { 'Idempotency-Key': key() }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${[...new Set(statuses)].join(',')}`);
      assert.equal(statuses.filter((s) => s === 409).length, ATTEMPTS - 1);
      const rows = await t.sql.query<{ n: number }>(`select count(*)::int as n from bookings where starts_at = $1 and status <> 'expired'`, [start]);
      assert.equal(Number(rows[0]!.n), 1);
      const conflict = responses.find((r) => r.status === 409)!;
      assert.match(await conflict.text(), /gerade vergeben/);
    });

    it('the unique index refuses a second live row even without the application lock', async () => {
      const [row] = await t.sql.query<Record<string, unknown>>(`select * from bookings where starts_at = '2026-12-08T09:00:00Z' and status = 'provisional'`);
      await assert.rejects(
        t.sql.query(
          `insert into bookings (id, reference, centre_id, advisor_id, starts_at, ends_at, mode, topic, status, created_at)
           values ('x', 'T-XXXX-XXXX', $1, $2, $3, $4, 'vor-ort', 'schuldnerberatung', 'confirmed', now())`,
          [row!.centre_id, row!.advisor_id, row!.starts_at, row!.ends_at],
        ),
        (error: { code?: string }) => error.code === '23505',
      );
    });

    it('two bookings moving to the same slot at once: one moves, the other keeps its old slot', async () => {
      await book(t, { startsAt: '2026-12-09T08:00:00.000Z', contact: { name: 'A', email: 'move-a@example.org' } });
      await book(t, { startsAt: '2026-12-09T09:00:00.000Z', contact: { name: 'B', email: 'move-b@example.org' } });
      const tokens = [await tokenFromMail(t, 'move-a@example.org'), await tokenFromMail(t, 'move-b@example.org')];
      const target = '2026-12-09T10:00:00.000Z';
      const results = await Promise.all(tokens.map((token) => t.call('POST', '/api/bookings/manage/reschedule', { token, startsAt: target })));
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
      const views = await Promise.all(tokens.map(async (token) => json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token }))));
      const starts = views.map((v) => v.startsAt).sort();
      assert.ok(starts.includes(target));
      assert.ok(starts.includes('2026-12-09T08:00:00.000Z') || starts.includes('2026-12-09T09:00:00.000Z'));
      const live = await t.sql.query<{ n: number }>(`select count(*)::int as n from bookings where starts_at = $1 and status in ('provisional', 'confirmed')`, [target]);
      assert.equal(Number(live[0]!.n), 1);
    });
  });
}
