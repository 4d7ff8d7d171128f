/** A PostgreSQL server through node-postgres (DATABASE_URL); several API instances may share it. */
import pg from 'pg';
import { classifyErrors, type SqlClient } from './sql.ts';

export interface PostgresOptions {
  /** Schema to use instead of `public` (tests give each run its own). */
  schema?: string;
  maxConnections?: number;
  /** Shown in pg_stat_activity; tests give each run its own. */
  applicationName?: string;
  /** Called when an idle connection breaks (the pool replaces it); must not throw. */
  onIdleError?: (error: Error) => void;
}

function over(db: pg.Pool | pg.PoolClient, transaction: SqlClient['transaction'], close: () => Promise<void>): SqlClient {
  return {
    driver: 'postgres',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await db.query(sql);
    },
    transaction,
    close,
  };
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlClient> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`Invalid schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName ?? 'sozialplattform-api',
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // Without a listener a broken idle connection would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  const transaction: SqlClient['transaction'] = async (work) => {
    const connection = await pool.connect();
    try {
      await connection.query('begin');
      const result = await work(over(connection, () => Promise.reject(new Error('Nested transactions are not supported')), async () => {}));
      await connection.query('commit');
      return result;
    } catch (error) {
      await connection.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  };
  const client = classifyErrors(over(pool, transaction, () => pool.end()));
  if (options.schema) await client.exec(`create schema if not exists ${options.schema}`);
  await client.query('select 1');
  return client;
}
