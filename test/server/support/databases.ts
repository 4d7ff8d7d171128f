/**
 * The databases every storage-backed test runs against: PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set (CI). Each opened database is fresh: PGlite in memory, PostgreSQL in a
 * schema of its own, so parallel test files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { openPglite } from '../../../server/storage/pglite.ts';
import { openPostgres } from '../../../server/storage/postgres.ts';
import type { SqlClient } from '../../../server/storage/sql.ts';

/** The application_name of the connections of a postgres test database (its schema name). */
export const applicationNameOf = (sql: SqlClient): Promise<string> =>
  sql.query<{ name: string }>('select current_setting($1) as name', ['application_name']).then((r) => r[0]!.name);

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<SqlClient>;
}

const url = process.env.TEST_DATABASE_URL;

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite', open: () => openPglite() },
  ...(url
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const client = await openPostgres(url, { schema, maxConnections: 4, applicationName: schema });
            return {
              ...client,
              driver: client.driver,
              // Drop the schema with the connection so the cluster stays clean between runs.
              async close() {
                await client.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
                await client.close();
              },
            } satisfies SqlClient;
          },
        },
      ]
    : []),
];
