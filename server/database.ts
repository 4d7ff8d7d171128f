/** Opens the database a process uses: PostgreSQL when a URL is given, else PGlite in a folder. */
import { mkdirSync } from 'node:fs';
import { openPglite } from './storage/pglite.ts';
import { openPostgres } from './storage/postgres.ts';
import type { SqlClient } from './storage/sql.ts';

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  pgliteDir: string;
  onIdleError?: (error: Error) => void;
}

export async function openDatabase(config: DatabaseConfig): Promise<SqlClient> {
  if (config.databaseUrl) {
    return openPostgres(config.databaseUrl, config.onIdleError ? { onIdleError: config.onIdleError } : {});
  }
  mkdirSync(config.pgliteDir, { recursive: true });
  return openPglite(config.pgliteDir);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unlesbare DATABASE_URL)';
  }
}
