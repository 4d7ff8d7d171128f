/** PGlite (PostgreSQL compiled to WebAssembly): the zero-setup default, in memory or in a folder. */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { classifyErrors, type SqlClient } from './sql.ts';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function over(db: Queryable, transaction: SqlClient['transaction'], close: () => Promise<void>): SqlClient {
  return {
    driver: 'pglite',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    transaction,
    close,
  };
}

/** `dataDir` undefined → in memory (tests, browser mocks); a path → persisted across restarts. */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const client: SqlClient = over(
    db,
    (work) =>
      db.transaction((tx) =>
        work(
          over(
            tx,
            () => Promise.reject(new Error('Nested transactions are not supported')),
            () => Promise.resolve(),
          ),
        ),
      ),
    () => db.close(),
  );
  return classifyErrors(client);
}
