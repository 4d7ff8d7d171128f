/**
 * Demo accounts for development (never for production): an advisor and a centre admin for the
 * first two bookable centres in Dortmund and the first in Würzburg. Runs once per database.
 * The password is documented in docs/advisor-desk.md.
 */
import type { PasswordHasher } from '../../auth/passwords.ts';
import type { SqlClient } from '../../storage/sql.ts';

const MARKER = 'demo-advisor-accounts-v1';
export const DEMO_PASSWORD = 'Demo-Beratung-2026!';
export const DEMO_TOWNS = [
  { city: 'Dortmund', prefix: 'dortmund', count: 2 },
  { city: 'Würzburg', prefix: 'wuerzburg', count: 1 },
] as const;

export interface DemoAccount {
  username: string;
  role: 'advisor' | 'centre-admin';
  centreId: string;
}

export async function seedDemoAccounts(sql: SqlClient, passwords: PasswordHasher): Promise<DemoAccount[]> {
  if ((await sql.query('select 1 from seed_runs where name = $1', [MARKER])).length) return [];
  const hash = await passwords.hash(DEMO_PASSWORD);
  const created: DemoAccount[] = [];
  await sql.transaction(async (tx) => {
    for (const town of DEMO_TOWNS) {
      const centres = await tx.query<{ id: string; advisor_id: string | null; advisor_name: string | null }>(
        `select c.id, (select a.id from advisors a where a.centre_id = c.id order by a.id limit 1) as advisor_id,
                (select a.display_name from advisors a where a.centre_id = c.id order by a.id limit 1) as advisor_name
           from centres c where c.city = $1 and c.booking_enabled and c.avv_signed
          order by c.id limit $2`,
        [town.city, town.count],
      );
      for (const [i, centre] of centres.entries()) {
        const base = `${town.prefix}${i + 1}`;
        for (const role of ['advisor', 'centre-admin'] as const) {
          const username = `${base}.${role === 'advisor' ? 'beratung' : 'leitung'}`;
          await tx.query(
            `insert into advisor_accounts (id, centre_id, advisor_id, role, username, display_name, password_hash, oidc_subject)
             values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (username) do nothing`,
            [
              `acc-${base}-${role}`, centre.id, role === 'advisor' ? centre.advisor_id : null, role, username,
              role === 'advisor' ? (centre.advisor_name ?? 'Beratung (Demo)') : 'Leitung (Demo)', hash, username,
            ],
          );
          created.push({ username, role, centreId: centre.id });
        }
      }
    }
    await tx.query('insert into seed_runs (name) values ($1) on conflict do nothing', [MARKER]);
  });
  return created;
}
