/**
 * Process entry of the reference API: opens the database (DATABASE_URL → PostgreSQL, else PGlite in
 * PGLITE_DIR), migrates, seeds demo data on first start, and serves API + dist/ on PORT.
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { resolve } from 'node:path';
import type { Context } from 'hono';
import { createGeocoder } from '../src/geo/geocoder.ts';
import { loadPlaces } from '../src/geo/load-places.node.ts';
import { createApp } from './app.ts';
import { applicationSettings, scheduleRetentionPurge } from './domain/applications.ts';
import { openDatabase, redactUrl } from './database.ts';
import { serveDist } from './http/static.ts';
import { createLogger } from './logger.ts';
import { nodeDemoData } from './seed/demo-data.ts';
import { seedDemoData } from './seed/seed.ts';
import { migrate } from './storage/migrate.ts';
import type { SqlClient } from './storage/sql.ts';
import { sqlStorage } from './storage/sql-storage.ts';
import { bookingSettingsFromEnv } from './domain/bookings/settings.ts';
import { startBookingJobs } from './jobs/start.ts';
import { scryptPasswords } from './auth/passwords-scrypt.ts';
import { advisorAuthFromEnv } from './auth/settings.ts';
import { seedDemoAccounts } from './domain/advisor/seed-accounts.ts';

const env = process.env;
const port = Number(env.PORT ?? 8080);
const databaseUrl = env.DATABASE_URL || undefined;
const pgliteDir = resolve(env.PGLITE_DIR ?? '.data/pglite');
const distDir = resolve(env.DIST_DIR ?? 'dist');
const trustProxy = env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true';
const logger = createLogger();
const bookingSettings = bookingSettingsFromEnv(env);
const advisorAuth = advisorAuthFromEnv(env, scryptPasswords);

function where(): string {
  return databaseUrl ? `PostgreSQL ${redactUrl(databaseUrl)}` : `PGlite ${pgliteDir}`;
}

async function startDatabase(): Promise<SqlClient> {
  let sql: SqlClient;
  try {
    sql = await openDatabase({
      databaseUrl,
      pgliteDir,
      onIdleError: (error) => logger.warn({ err: { name: error.name } }, 'idle database connection lost'),
    });
  } catch (error) {
    const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
    console.error(
      `Datenbank nicht erreichbar (${where()}): ${reason}. Prüfen Sie DATABASE_URL oder lassen Sie sie weg, um PGlite zu nutzen.\n` +
        `Database unavailable (${where()}): ${reason}. Check DATABASE_URL, or unset it to use PGlite.`,
    );
    process.exit(1);
  }
  try {
    const applied = await migrate(sql);
    const seeded = await seedDemoData(sql, nodeDemoData(Number(env.SEED_CENTRES ?? 2000)));
    // Demo sign-ins of the advisor desk: development only (docs/advisor-desk.md).
    if (env.NODE_ENV !== 'production' && env.ADVISOR_DEMO_ACCOUNTS !== 'false') await seedDemoAccounts(sql, scryptPasswords);
    logger.info({ migrations: applied, seededCentres: seeded.centres, database: sql.driver }, 'database ready');
  } catch (error) {
    console.error(
      `Datenbank konnte nicht vorbereitet werden (${where()}): ${error instanceof Error ? error.message : String(error)}\n` +
        `Database setup failed (${where()}).`,
    );
    await sql.close().catch(() => undefined);
    process.exit(1);
  }
  return sql;
}

function clientAddress(c: Context): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const sql = await startDatabase();
const applications = applicationSettings(env);
const places = loadPlaces();
const app = createApp({
  storage: sqlStorage(sql),
  logger,
  geocoder: createGeocoder(places),
  staticFiles: serveDist(distDir),
  // The Würzburg demo's counselling map draws its tiles here (data/tenants/kommunen/09663000.json).
  demoTilePlaces: places,
  clientAddress,
  rateLimitSalt: env.RATE_LIMIT_SALT ?? 'sozialplattform-demo',
  authorityToken: applications.authorityToken,
  booking: bookingSettings,
  advisorAuth,
});
startBookingJobs(sql, bookingSettings, logger);
// Stored ciphertext of applications the authority never acknowledged is deleted after the retention period.
scheduleRetentionPurge(sqlStorage(sql).applications, () => new Date(), {
  retentionDays: applications.retentionDays,
  everyMs: 60 * 60 * 1000,
  onPurged: (count) => count && logger.info({ purgedApplications: count }, 'application retention purge'),
  onError: (error) => logger.warn({ err: { name: (error as Error).name } }, 'application retention purge failed'),
});

const server = serve({ fetch: app.fetch, port }, (info) => {
  logger.info({ port: info.port, database: sql.driver }, 'listening');
  console.log(`Sozialplattform läuft auf http://localhost:${info.port}/ (API: /api/docs)`);
});

function shutdown(signal: string): void {
  logger.info({ signal }, 'shutting down');
  server.close(() => {
    void sql.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
