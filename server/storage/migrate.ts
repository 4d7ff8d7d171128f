/**
 * Applies pending migrations once, under an advisory lock so that several API instances starting
 * together against one PostgreSQL do not race.
 */
import { MIGRATIONS } from './migrations/index.ts';
import type { SqlClient } from './sql.ts';

/** Arbitrary but fixed: the lock id every instance of this API agrees on. */
export const MIGRATION_LOCK = 7_351_902;

export async function migrate(sql: SqlClient, migrations = MIGRATIONS): Promise<string[]> {
  return sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ version: string }>('select version from schema_migrations')).map((r) => r.version));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version) values ($1)', [migration.version]);
      applied.push(migration.version);
    }
    return applied;
  });
}
