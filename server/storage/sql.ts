/**
 * The one seam between SQL and a driver: PGlite (embedded) and node-postgres speak the same SQL
 * through this interface. Driver failures that mean "the database is not there" become
 * `DatabaseUnavailableError`, which the API answers with 503.
 */

export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which driver, for readiness output and logs. */
  readonly driver: 'pglite' | 'postgres';
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super('Database unavailable', { cause });
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** True when an error means the database cannot be reached or is shutting down, not a bad query. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_CODES.has(code)) return true;
    // SQLSTATE 08 connection exception, 57P admin shutdown / cannot connect now, 53 insufficient resources.
    if (/^(08|57P|53)/.test(code)) return true;
  }
  return /PGlite is closed|Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    error.message,
  );
}

/** Wraps a client so that "database gone" errors carry one recognisable type. */
export function classifyErrors(client: SqlClient): SqlClient {
  const wrap = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw isUnavailable(error) && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError(error) : error;
    }
  };
  return {
    driver: client.driver,
    query: (text, params) => wrap(() => client.query(text, params)),
    exec: (sql) => wrap(() => client.exec(sql)),
    transaction: (work) => wrap(() => client.transaction((tx) => work(classifyErrors(tx)))),
    close: () => client.close(),
  };
}
