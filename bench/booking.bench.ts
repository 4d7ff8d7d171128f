/**
 * Booking benchmark: slot listing p95 and booking create p99 under 100 concurrent clients, and a
 * 1,000-attempt race on one slot. PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set
 * (own schema, dropped afterwards), else PGlite in memory. Loopback only; bounded to well under 2 min.
 * Run: node --import tsx bench/booking.bench.ts
 */
import { serve } from '@hono/node-server';
import { solveChallenge } from 'altcha-lib/v1';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { DEFAULT_BOOKING_SETTINGS } from '../server/domain/bookings/settings.ts';
import { nodeDemoData } from '../server/seed/demo-data.ts';
import { seedDemoData } from '../server/seed/seed.ts';
import { migrate } from '../server/storage/migrate.ts';
import { openPglite } from '../server/storage/pglite.ts';
import { openPostgres } from '../server/storage/postgres.ts';
import type { SqlClient } from '../server/storage/sql.ts';
import { sqlStorage } from '../server/storage/sql-storage.ts';
import type { Challenge, SlotList } from '../src/contract/bookings.ts';

const CONCURRENCY = 100;
const LIST_REQUESTS = 2000;
const RACE_ATTEMPTS = 1000;
const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const schema = `bench_${randomBytes(4).toString('hex')}`;

async function open(): Promise<SqlClient> {
  if (!url) return openPglite();
  const client = await openPostgres(url, { schema, maxConnections: 20, applicationName: schema });
  return { ...client, driver: client.driver, close: async () => { await client.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined); await client.close(); } };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Runs `count` requests with `concurrency` in flight; returns each latency in ms and each status. */
async function load(count: number, concurrency: number, request: (i: number) => Promise<Response>) {
  const latencies: number[] = [];
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const started = performance.now();
        const response = await request(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        statuses.push(response.status);
      }
    }),
  );
  return { latencies, statuses };
}

const sql = await open();
await migrate(sql);
await seedDemoData(sql, nodeDemoData(300));
const app = createApp({
  storage: sqlStorage(sql),
  booking: { ...DEFAULT_BOOKING_SETTINGS, proofMaxNumber: 10 },
  clientAddress: () => randomBytes(6).toString('hex'),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function proof(): Promise<string> {
  const c = (await (await post('/api/bookings/challenge', undefined)).json()) as Challenge;
  const s = (await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise)!;
  return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: s.number, salt: c.salt, signature: c.signature }));
}

// Bookable centres with their topic and the free slots of the next two weeks.
const centres = await sql.query<{ id: string; topic: string }>(
  `select c.id, c.topics[1] as topic from centres c join laender l on l.key = c.land
    where c.booking_enabled and c.avv_signed and l.booking_participates and exists (select 1 from advisors a where a.centre_id = c.id)
    order by c.id limit 60`,
);
const targets: Array<{ centreId: string; topic: string; startsAt: string; mode: string }> = [];
for (const c of centres) {
  const list = (await (await fetch(`${base}/api/centres/${c.id}/slots?topic=${c.topic}&days=14`)).json()) as SlotList;
  for (const day of list.days) for (const s of day.slots) targets.push({ centreId: c.id, topic: c.topic, startsAt: s.startsAt, mode: s.modes[0]! });
}

const listing = await load(LIST_REQUESTS, CONCURRENCY, (i) => {
  const c = centres[i % centres.length]!;
  return fetch(`${base}/api/centres/${c.id}/slots?topic=${c.topic}&days=14`);
});

const bookingCount = Math.min(1000, targets.length - 1);
const proofs = await Promise.all(Array.from({ length: bookingCount }, () => proof()));
const booking = await load(bookingCount, CONCURRENCY, (i) =>
  post(
    '/api/bookings',
    { ...targets[i]!, contact: { name: `Bench ${i}`, email: `bench${i}@example.org` }, consent: true, proof: proofs[i] },
    { 'Idempotency-Key': `bench-${randomBytes(12).toString('hex')}` },
  ),
);

const raceTarget = targets[targets.length - 1]!;
const raceProofs = await Promise.all(Array.from({ length: RACE_ATTEMPTS }, () => proof()));
const race = await load(RACE_ATTEMPTS, CONCURRENCY, (i) =>
  post('/api/bookings', { ...raceTarget, contact: { name: `R${i}`, phone: '0231 123456' }, consent: true, proof: raceProofs[i] }, { 'Idempotency-Key': `race-${randomBytes(12).toString('hex')}` }),
);
const count = (list: number[], status: number) => list.filter((s) => s === status).length;
const perAdvisor = await sql.query<{ n: number }>(
  `select count(*)::int as n from bookings where centre_id = $1 and starts_at = $2 and status in ('held', 'provisional', 'confirmed') group by advisor_id`,
  [raceTarget.centreId, raceTarget.startsAt],
);
const [advisors] = await sql.query<{ n: number }>('select count(*)::int as n from advisors where centre_id = $1', [raceTarget.centreId]);

console.log(`## Appointment booking (${url ? 'PostgreSQL' : 'PGlite'}, ${CONCURRENCY} concurrent clients, loopback)

| Measure | Requests | p50 | p95 | p99 | Statuses |
| --- | ---: | ---: | ---: | ---: | --- |
| Slot listing (14 days) | ${LIST_REQUESTS} | ${percentile(listing.latencies, 50).toFixed(1)} ms | **${percentile(listing.latencies, 95).toFixed(1)} ms** | ${percentile(listing.latencies, 99).toFixed(1)} ms | ${count(listing.statuses, 200)}× 200 |
| Booking create (distinct slots) | ${bookingCount} | ${percentile(booking.latencies, 50).toFixed(1)} ms | ${percentile(booking.latencies, 95).toFixed(1)} ms | **${percentile(booking.latencies, 99).toFixed(1)} ms** | ${count(booking.statuses, 201)}× 201, ${count(booking.statuses, 409)}× 409 |

Race: ${RACE_ATTEMPTS} parallel attempts on one slot → ${count(race.statuses, 201)}× 201, ${count(race.statuses, 409)}× 409, other ${RACE_ATTEMPTS - count(race.statuses, 201) - count(race.statuses, 409)}; the centre has ${Number(advisors?.n ?? 0)} advisor(s), so at most that many can succeed; live rows per advisor: max ${Math.max(0, ...perAdvisor.map((r) => Number(r.n)))}.
`);

server.close();
await sql.close();
process.exit(0);
