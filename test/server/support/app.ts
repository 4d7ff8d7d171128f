/** A migrated, seeded database and an app over it, for one test file and one database kind. */
import { createApp, type CreateAppOptions } from '../../../server/app.ts';
import type { CentreSeed } from '../../../server/seed/centre-types.ts';
import { seedDemoData } from '../../../server/seed/seed.ts';
import { migrate } from '../../../server/storage/migrate.ts';
import type { SqlClient } from '../../../server/storage/sql.ts';
import { sqlStorage } from '../../../server/storage/sql-storage.ts';
import { createGeocoder } from '../../../src/geo/geocoder.ts';
import { loadPlaces } from '../../../src/geo/load-places.node.ts';
import type { TestDatabase } from './databases.ts';
import { FIXTURE_CENTRES, fixtureData } from './fixtures.ts';

/** Wednesday 11 March 2026, 10:00 in Berlin: a working day, no holiday anywhere. */
export const WEDNESDAY_MORNING = new Date('2026-03-11T09:00:00Z');

let geocoder: ReturnType<typeof createGeocoder> | undefined;
export const testGeocoder = () => (geocoder ??= createGeocoder(loadPlaces()));

export interface TestApp {
  sql: SqlClient;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function openTestApp(
  db: TestDatabase,
  options: Partial<CreateAppOptions> & { centres?: readonly CentreSeed[] } = {},
): Promise<TestApp> {
  const sql = await db.open();
  await migrate(sql);
  await seedDemoData(sql, fixtureData(options.centres ?? FIXTURE_CENTRES));
  const app = createApp({ storage: sqlStorage(sql), clock: () => WEDNESDAY_MORNING, geocoder: testGeocoder(), ...options });
  return { sql, app, close: () => sql.close() };
}

/** Reads a JSON response body as the test's expected type. */
export async function body<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
