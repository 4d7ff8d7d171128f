/**
 * The reference API itself, in-process: the same Hono app over PGlite (in memory) with a small
 * seed. Runs in the browser (behind MSW) and in Node (tests). No second implementation to drift.
 */
import { createApp } from '../../server/app.ts';
import { seedDemoData } from '../../server/seed/seed.ts';
import { migrate } from '../../server/storage/migrate.ts';
import { openPglite } from '../../server/storage/pglite.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { seedDemoAccounts } from '../../server/domain/advisor/seed-accounts.ts';
import { pbkdf2Passwords } from '../../server/auth/passwords.ts';
import { SERVICE_CATALOGUE } from '../catalogue/services.ts';
import { createGeocoder } from '../geo/geocoder.ts';
import type { Place } from '../geo/place.ts';
import { MOCK_CENTRES } from './demo-centres.ts';

export interface MockAppOptions {
  /** Reads a project file (JSON) by its path from the project root, e.g. "data/tenants/platform.json". */
  readJson: (path: string) => Promise<unknown>;
  /** Tenant files to load; default: the three demo tenants. */
  kommunen?: string[];
  laender?: string[];
  /** A fixed moment for "open now" (tests); default: the real clock. */
  now?: () => Date;
}

const DEMO_KOMMUNEN = ['05711000', '05913000', '09663000'];
const DEMO_LAENDER = ['05', '09'];

export async function createMockApp(options: MockAppOptions) {
  const kommunen = options.kommunen ?? DEMO_KOMMUNEN;
  const laender = options.laender ?? DEMO_LAENDER;
  const [platform, landConfigs, kommuneConfigs, places] = await Promise.all([
    options.readJson('data/tenants/platform.json'),
    Promise.all(laender.map((key) => options.readJson(`data/tenants/laender/${key}.json`))),
    Promise.all(kommunen.map((ags) => options.readJson(`data/tenants/kommunen/${ags}.json`))),
    options.readJson('data/geo/places.json') as Promise<Place[]>,
  ]);
  const sql = await openPglite();
  await migrate(sql);
  await seedDemoData(sql, { platform, laender: landConfigs, kommunen: kommuneConfigs, services: SERVICE_CATALOGUE, centres: () => MOCK_CENTRES });
  await seedDemoAccounts(sql, pbkdf2Passwords);
  const app = createApp({
    storage: sqlStorage(sql),
    geocoder: createGeocoder(places),
    demoTilePlaces: places,
    ...(options.now ? { clock: options.now } : {}),
  });
  return { app, close: () => sql.close() };
}
