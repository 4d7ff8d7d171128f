/**
 * Benchmark of the reference API (issue #3), printed as a Markdown section for BENCHMARKS.md:
 * centre search latency with 2,000 and 50,000 centres, place autocomplete latency, and requests/s
 * over HTTP on this machine. Loopback only; bounded (well under 3 minutes).
 * Run: node --import tsx bench/api.bench.ts
 */
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { generateCentres } from '../server/seed/centres.ts';
import { seedDemoData } from '../server/seed/seed.ts';
import { readTenantFiles } from '../server/seed/tenant-files.ts';
import { migrate } from '../server/storage/migrate.ts';
import { openPglite } from '../server/storage/pglite.ts';
import { openPostgres } from '../server/storage/postgres.ts';
import type { SqlClient } from '../server/storage/sql.ts';
import { sqlStorage } from '../server/storage/sql-storage.ts';
import { SERVICE_CATALOGUE } from '../src/catalogue/services.ts';
import { createGeocoder } from '../src/geo/geocoder.ts';
import { loadPlaces } from '../src/geo/load-places.node.ts';

const SEARCHES = 300;
const AUTOCOMPLETE = 2000;
const HTTP_SECONDS = 8;

/** Search points: large and small towns across Germany (from the place data, fixed order). */
const places = loadPlaces();
const geocoder = createGeocoder(places);
const points = places.filter((_, i) => i % 97 === 0).map((p) => ({ lat: p.lat, lon: p.lon }));
const SEARCH_VARIANTS = ['radiusKm=25', 'radiusKm=50&topic=schuldnerberatung', 'radiusKm=25&openNow=true', 'radiusKm=100&language=ar&barrierFree=true'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (n: number) => n.toFixed(2);

async function timed(count: number, run: (i: number) => Response | Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await run(i);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function database(): Promise<SqlClient> {
  const url = process.env.BENCH_DATABASE_URL;
  return url ? openPostgres(url, { schema: `bench_${Date.now()}` }) : openPglite();
}

async function seeded(count: number) {
  const sql = await database();
  await migrate(sql);
  const started = performance.now();
  await seedDemoData(sql, { ...readTenantFiles(), services: SERVICE_CATALOGUE, centres: () => generateCentres({ count, seed: 20_260_301 }) });
  const seedSeconds = (performance.now() - started) / 1000;
  const app = createApp({ storage: sqlStorage(sql), geocoder });
  return { sql, app, seedSeconds };
}

const searchUrl = (i: number) => {
  const p = points[i % points.length]!;
  return `/api/centres?lat=${p.lat}&lon=${p.lon}&${SEARCH_VARIANTS[i % SEARCH_VARIANTS.length]}`;
};

async function rps(app: ReturnType<typeof createApp>, path: string): Promise<number> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 10, duration: HTTP_SECONDS });
  await new Promise((resolve) => server.close(resolve));
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx answers for ${path}`);
  return result.requests.average;
}

const rows: string[] = [];
const driver = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)';
let small: Awaited<ReturnType<typeof seeded>> | undefined;
for (const count of [2_000, 50_000]) {
  const db = await seeded(count);
  await timed(30, (i) => db.app.request(searchUrl(i))); // warm-up
  const times = await timed(SEARCHES, (i) => db.app.request(searchUrl(i)));
  rows.push(
    `| Centre search, ${count.toLocaleString('en')} centres | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} | ${SEARCHES} | seed ${db.seedSeconds.toFixed(1)} s |`,
  );
  // What the counselling finder sends by default: 25 km around a town, one topic.
  const topics = ['schuldnerberatung', 'suchtberatung', 'sozialberatung', 'migrationsberatung'];
  const finderUrl = (i: number) => {
    const p = points[i % points.length]!;
    return `/api/centres?lat=${p.lat}&lon=${p.lon}&radiusKm=25&topic=${topics[i % topics.length]}&limit=10`;
  };
  const finderTimes = await timed(SEARCHES, (i) => db.app.request(finderUrl(i)));
  rows.push(
    `| Finder's default search (25 km, one topic), ${count.toLocaleString('en')} centres | ${ms(percentile(finderTimes, 50))} | ${ms(percentile(finderTimes, 95))} | ${ms(percentile(finderTimes, 99))} | ${SEARCHES} | |`,
  );
  if (count === 2_000) small = db;
  else await db.sql.close();
}

const prefixes = places.filter((_, i) => i % 53 === 0).flatMap((p) => [p.name.slice(0, 2), p.name.slice(0, 4), p.postalCodes[0]?.slice(0, 3) ?? '10']);
const placeTimes = await timed(AUTOCOMPLETE, (i) => small!.app.request(`/api/places?q=${encodeURIComponent(prefixes[i % prefixes.length]!)}`));
rows.push(`| Place autocomplete (in-process) | ${ms(percentile(placeTimes, 50))} | ${ms(percentile(placeTimes, 95))} | ${ms(percentile(placeTimes, 99))} | ${AUTOCOMPLETE} | |`);

const health = await rps(small!.app, '/api/health');
const search = await rps(small!.app, '/api/centres?lat=51.5136&lon=7.4653&radiusKm=25');
const autocomplete = await rps(small!.app, '/api/places?q=Dort');
await small!.sql.close();

console.log(`## Reference API (issue #3)

Database: ${driver}; one Node process; ${availableParallelism()} cores. Latency measured in-process
through the Hono app (\`app.request\`, no sockets): search points are towns across Germany, mixing
radius 25–100 km, topic, language, barrier-free and "open now" filters.

| Measurement | p50 ms | p95 ms | p99 ms | requests | note |
| --- | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

Throughput over HTTP on loopback (autocannon, 10 connections, ${HTTP_SECONDS} s each, 2,000 centres):

| Endpoint | requests/s |
| --- | ---: |
| GET /api/health | ${Math.round(health)} |
| GET /api/centres (Dortmund, 25 km) | ${Math.round(search)} |
| GET /api/places?q=Dort | ${Math.round(autocomplete)} |
`);
