/** Advisor accounts: look-up for sign-in (local password or OIDC subject) and the session answer. */
import type { AdvisorSession } from '../../../src/contract/advisor.ts';
import type { AdvisorPrincipal } from '../../auth/sessions.ts';
import { idleExpiry } from '../../auth/sessions.ts';
import type { AdvisorAuthSettings } from '../../auth/settings.ts';
import type { SqlClient } from '../../storage/sql.ts';

export interface AccountRow {
  id: string;
  username: string;
  passwordHash: string | null;
  disabled: boolean;
}

export async function accountByUsername(sql: SqlClient, username: string): Promise<AccountRow | null> {
  const rows = await sql.query<{ id: string; username: string; password_hash: string | null; disabled: boolean }>(
    'select id, username, password_hash, disabled from advisor_accounts where lower(username) = lower($1)',
    [username.trim()],
  );
  const r = rows[0];
  return r ? { id: r.id, username: r.username, passwordHash: r.password_hash, disabled: r.disabled } : null;
}

export async function accountByOidcSubject(sql: SqlClient, subject: string): Promise<string | null> {
  const rows = await sql.query<{ id: string }>('select id from advisor_accounts where oidc_subject = $1 and not disabled', [subject]);
  return rows[0]?.id ?? null;
}

export function sessionView(p: AdvisorPrincipal, settings: AdvisorAuthSettings, token?: string): AdvisorSession {
  return {
    account: { id: p.accountId, displayName: p.displayName, role: p.role, advisorId: p.advisorId, centreId: p.centreId, centreName: p.centreName },
    csrfToken: p.csrfToken,
    idleSeconds: settings.idleMinutes * 60,
    idleExpiresAt: idleExpiry(p, settings).toISOString(),
    ...(token ? { token } : {}),
  };
}

export interface NewAccount {
  id: string;
  centreId: string;
  advisorId: string | null;
  role: 'advisor' | 'centre-admin';
  username: string;
  displayName: string;
  passwordHash?: string | null;
  oidcSubject?: string | null;
}

/** Adds an account (operators and tests; the desk has no self-registration). */
export async function createAccount(sql: SqlClient, account: NewAccount): Promise<void> {
  await sql.query(
    `insert into advisor_accounts (id, centre_id, advisor_id, role, username, display_name, password_hash, oidc_subject)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [account.id, account.centreId, account.advisorId, account.role, account.username, account.displayName, account.passwordHash ?? null, account.oidcSubject ?? null],
  );
}
