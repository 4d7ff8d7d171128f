/**
 * The API under load (issue #11 item 5 and 6): centre search, slot listing, booking create and
 * confirm at 10, 100 and 200 concurrent clients over HTTP on loopback, on PostgreSQL and on PGlite
 * in the same run; the raw single-row insert rate of the same PostgreSQL pool as the floor any
 * booking pays; and 1,000 simultaneous attempts on one slot of a one-advisor centre.
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL (bench/run.ts starts a throw-away
 * cluster when neither is set and PostgreSQL is installed); each run uses its own schema.
 * Run: node --import tsx bench/load.bench.ts
 */
import { serve } from '@hono/node-server';
import { solveChallenge } from 'altcha-lib/v1';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
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
import type { BookingReceipt, Challenge, SlotList } from '../src/contract/bookings.ts';

const LEVELS = [10, 100, 200] as const;
const READS_PER_LEVEL = 1000;
const WRITES_PER_LEVEL = 250;
const INSERTS_PER_LEVEL = 3000;
const RACE_ATTEMPTS = 1000;
const CENTRES = 300;
const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

// Keep-alive sockets, enough for 1,000 requests in flight at once (the race).
const agent = new Agent({ keepAlive: true, maxSockets: 1200 });

interface Answer {
  status: number;
  body: string;
}

function call(base: string, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, agent, headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

interface LoadResult {
  latencies: number[];
  statuses: number[];
  seconds: number;
}

/** Runs `count` requests with `concurrency` in flight; latency per request, statuses, wall time. */
async function load(count: number, concurrency: number, request: (i: number) => Promise<Answer>): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const begin = performance.now();
        const response = await request(i);
        latencies.push(performance.now() - begin);
        statuses.push(response.status);
      }
    }),
  );
  return { latencies, statuses, seconds: (performance.now() - started) / 1000 };
}

async function openDatabase(driver: 'PostgreSQL' | 'PGlite'): Promise<SqlClient> {
  if (driver === 'PGlite') return openPglite();
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = await openPostgres(url!, { schema, maxConnections: 20, applicationName: schema });
  return {
    ...client,
    driver: client.driver,
    close: async () => {
      await client.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
      await client.close();
    },
  };
}

const statusList = (statuses: readonly number[]) => {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([s, n]) => `${n}× ${s}`).join(', ');
};

const row = (driver: string, what: string, level: number, r: LoadResult) =>
  `| ${driver} | ${what} | ${level} | ${Math.round(r.latencies.length / r.seconds)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 95).toFixed(1)} | ${percentile(r.latencies, 99).toFixed(1)} | ${statusList(r.statuses)} |`;

interface DriverFigures {
  rows: string[];
  createRps: Map<number, number>;
  insertRps: Map<number, number>;
  race?: { attempts: number; created: number; conflicts: number; other: number; seconds: number; liveRows: number };
}

async function measure(driver: 'PostgreSQL' | 'PGlite'): Promise<DriverFigures> {
  const sql = await openDatabase(driver);
  await migrate(sql);
  await seedDemoData(sql, nodeDemoData(CENTRES));
  const app = createApp({
    storage: sqlStorage(sql),
    // A cheap proof of work: the bench measures the API, not the citizen's phone solving it.
    booking: { ...DEFAULT_BOOKING_SETTINGS, proofMaxNumber: 10 },
    // Each request from its own address, so the per-client rate limits do not cut the load.
    clientAddress: () => randomBytes(6).toString('hex'),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => call(base, 'POST', path, body ?? {}, headers);
  const get = (path: string) => call(base, 'GET', path);
  const proof = async (): Promise<string> => {
    const c = JSON.parse((await post('/api/bookings/challenge', undefined)).body) as Challenge;
    const s = (await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise)!;
    return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: s.number, salt: c.salt, signature: c.signature }));
  };

  const centres = await sql.query<{ id: string; topic: string; lat: number; lon: number; advisors: number }>(
    `select c.id, c.topics[1] as topic, c.lat, c.lon, (select count(*)::int from advisors a where a.centre_id = c.id) as advisors
       from centres c join laender l on l.key = c.land
      where c.booking_enabled and c.avv_signed and l.booking_participates and exists (select 1 from advisors a where a.centre_id = c.id)
      order by c.id limit 80`,
  );
  const targets: Array<{ centreId: string; topic: string; startsAt: string; mode: string; advisors: number }> = [];
  for (const c of centres) {
    const list = JSON.parse((await get(`/api/centres/${c.id}/slots?topic=${c.topic}&days=14`)).body) as SlotList;
    for (const day of list.days) for (const s of day.slots) targets.push({ centreId: c.id, topic: c.topic, startsAt: s.startsAt, mode: s.modes[0]!, advisors: c.advisors });
  }
  // The race takes a slot of a centre with one advisor: exactly one booking can win it.
  const raceIndex = targets.findLastIndex((t) => t.advisors === 1);
  const [raceTarget] = targets.splice(raceIndex, 1);
  if (!raceTarget || targets.length < WRITES_PER_LEVEL * LEVELS.length) throw new Error(`only ${targets.length} free slots`);

  const figures: DriverFigures = { rows: [], createRps: new Map(), insertRps: new Map() };
  let slot = 0;
  for (const level of LEVELS) {
    const search = await load(READS_PER_LEVEL, level, (i) => {
      const c = centres[i % centres.length]!;
      return get(`/api/centres?lat=${c.lat}&lon=${c.lon}&radiusKm=25&topic=${c.topic}&limit=10`);
    });
    figures.rows.push(row(driver, 'Centre search (25 km, one topic)', level, search));
    const listing = await load(READS_PER_LEVEL, level, (i) => {
      const c = centres[i % centres.length]!;
      return get(`/api/centres/${c.id}/slots?topic=${c.topic}&days=14`);
    });
    figures.rows.push(row(driver, 'Slot listing (14 days)', level, listing));

    const mine = targets.slice(slot, slot + WRITES_PER_LEVEL);
    slot += WRITES_PER_LEVEL;
    const proofs = await Promise.all(mine.map(() => proof()));
    const tokens: string[] = [];
    const create = await load(mine.length, level, async (i) => {
      const { advisors: _, ...target } = mine[i]!;
      const response = await post(
        '/api/bookings',
        { ...target, contact: { name: `Bench ${i}`, phone: '0231 123456' }, consent: true, proof: proofs[i] },
        { 'Idempotency-Key': `bench-${randomBytes(12).toString('hex')}` },
      );
      if (response.status === 201) {
        const receipt = JSON.parse(response.body) as BookingReceipt;
        if (receipt.manageToken) tokens.push(receipt.manageToken);
      }
      return response;
    });
    figures.rows.push(row(driver, 'Booking create (distinct slots)', level, create));
    figures.createRps.set(level, create.latencies.length / create.seconds);
    const confirm = await load(tokens.length, level, (i) => post('/api/bookings/manage/confirm', { token: tokens[i] }));
    figures.rows.push(row(driver, 'Booking confirm', level, confirm));

    if (driver === 'PostgreSQL') {
      // The floor: one row, one round trip, same pool, same concurrency — what any booking insert costs at least.
      await sql.exec('create table if not exists insert_floor (id bigserial primary key, payload text not null, at timestamptz not null default now())');
      const started = performance.now();
      let n = 0;
      await Promise.all(
        Array.from({ length: level }, async () => {
          while (n < INSERTS_PER_LEVEL) {
            n++;
            await sql.query('insert into insert_floor (payload) values ($1)', [randomBytes(16).toString('hex')]);
          }
        }),
      );
      figures.insertRps.set(level, INSERTS_PER_LEVEL / ((performance.now() - started) / 1000));
    }
  }

  const raceProofs = await Promise.all(Array.from({ length: RACE_ATTEMPTS }, () => proof()));
  const { advisors: _, ...raceSlot } = raceTarget;
  const race = await load(RACE_ATTEMPTS, RACE_ATTEMPTS, (i) =>
    post('/api/bookings', { ...raceSlot, contact: { name: `R${i}`, phone: '0231 123456' }, consent: true, proof: raceProofs[i] }, {
      'Idempotency-Key': `race-${randomBytes(12).toString('hex')}`,
    }),
  );
  const [live] = await sql.query<{ n: number }>(
    `select count(*)::int as n from bookings where centre_id = $1 and starts_at = $2 and status in ('held', 'provisional', 'confirmed')`,
    [raceTarget.centreId, raceTarget.startsAt],
  );
  const created = race.statuses.filter((s) => s === 201).length;
  const conflicts = race.statuses.filter((s) => s === 409).length;
  figures.race = { attempts: RACE_ATTEMPTS, created, conflicts, other: RACE_ATTEMPTS - created - conflicts, seconds: race.seconds, liveRows: Number(live?.n ?? 0) };

  await new Promise((r) => server.close(r));
  await sql.close();
  return figures;
}

const drivers: Array<'PostgreSQL' | 'PGlite'> = url ? ['PostgreSQL', 'PGlite'] : ['PGlite'];
const results = new Map<string, DriverFigures>();
for (const driver of drivers) {
  console.error(`  ${driver} …`);
  results.set(driver, await measure(driver));
}

const pg = results.get('PostgreSQL');
const floor = pg
  ? `Raw PostgreSQL floor (same pool of 20 connections, single-row \`insert … values ($1)\`, ${INSERTS_PER_LEVEL.toLocaleString('en')} rows per level) and the
booking create rate as a share of it:

| Concurrency | raw inserts/s | booking creates/s | booking ÷ floor |
| ---: | ---: | ---: | ---: |
${LEVELS.map((l) => `| ${l} | ${Math.round(pg.insertRps.get(l)!)} | ${Math.round(pg.createRps.get(l)!)} | ${(pg.createRps.get(l)! / pg.insertRps.get(l)!).toFixed(3)} |`).join('\n')}

A booking is one transaction of several statements (advisory lock on the slot, free-advisor check,
insert, audit row, token hash) behind validation and a proof-of-work check, so it pays the floor
several times over.
`
  : 'PostgreSQL was not available in this run (no BENCH_DATABASE_URL / TEST_DATABASE_URL and no local PostgreSQL to start), so there is no raw-insert floor.\n';

console.log(`## API under load (issue #11 items 5 and 6)

One Node process serving the Hono app over HTTP on loopback (${CENTRES} demo centres, 2 cores shared with the
load generator), requests from a fetch pool with the given number in flight; per-client rate limits
bypassed by a random client address per request. Proof of work set to its cheapest. Each level uses
${READS_PER_LEVEL.toLocaleString('en')} reads or ${WRITES_PER_LEVEL} writes; latency in ms.

| Database | Endpoint | Concurrency | requests/s | p50 | p95 | p99 | Statuses |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${[...results.values()].flatMap((r) => r.rows).join('\n')}

${floor}
### Booking race

${RACE_ATTEMPTS.toLocaleString('en')} booking attempts on one slot of a centre with one advisor, all in flight at once:

| Database | 201 created | 409 taken | other | live bookings on the slot afterwards | time |
| --- | ---: | ---: | ---: | ---: | ---: |
${[...results]
  .map(([driver, r]) => `| ${driver} | ${r.race!.created} | ${r.race!.conflicts} | ${r.race!.other} | ${r.race!.liveRows} | ${r.race!.seconds.toFixed(2)} s |`)
  .join('\n')}
`);
process.exit(0);
