/**
 * Advisor sessions in the database, so any instance can serve any request: only the SHA-256 of
 * the token is stored, with a CSRF token, the last activity (idle timeout) and a hard end.
 */
import type { AdvisorRole } from '../../src/contract/advisor.ts';
import { hashToken, newToken } from '../domain/bookings/tokens.ts';
import type { SqlClient } from '../storage/sql.ts';
import type { AdvisorAuthSettings } from './settings.ts';

export interface AdvisorPrincipal {
  accountId: string;
  displayName: string;
  role: AdvisorRole;
  advisorId: string | null;
  centreId: string;
  centreName: string;
  csrfToken: string;
  tokenHash: string;
  lastActiveAt: Date;
  expiresAt: Date;
}

export async function createSession(sql: SqlClient, settings: AdvisorAuthSettings, accountId: string, now: Date): Promise<string> {
  const token = newToken();
  await sql.query(
    `insert into advisor_sessions (token_hash, account_id, csrf_token, created_at, last_active_at, expires_at) values ($1, $2, $3, $4, $4, $5)`,
    [await hashToken(token), accountId, newToken(), now.toISOString(), new Date(now.getTime() + settings.maxSessionHours * 3_600_000).toISOString()],
  );
  // Sessions ended long ago are cleared by whoever signs in next.
  await sql.query('delete from advisor_sessions where expires_at < $1 or last_active_at < $2', [
    now.toISOString(),
    new Date(now.getTime() - settings.idleMinutes * 60_000).toISOString(),
  ]);
  return token;
}

/** The signed-in account of a token, or null when the token is unknown, idle too long or past its end. */
export async function findSession(sql: SqlClient, settings: AdvisorAuthSettings, token: string, now: Date): Promise<AdvisorPrincipal | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = await hashToken(token);
  const rows = await sql.query<{
    account_id: string; display_name: string; role: AdvisorRole; advisor_id: string | null; centre_id: string; centre_name: string;
    csrf_token: string; last_active_at: Date; expires_at: Date;
  }>(
    `select s.account_id, a.display_name, a.role, a.advisor_id, a.centre_id, c.name as centre_name, s.csrf_token, s.last_active_at, s.expires_at
       from advisor_sessions s join advisor_accounts a on a.id = s.account_id join centres c on c.id = a.centre_id
      where s.token_hash = $1 and s.expires_at > $2 and s.last_active_at > $3 and not a.disabled`,
    [tokenHash, now.toISOString(), new Date(now.getTime() - settings.idleMinutes * 60_000).toISOString()],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    accountId: r.account_id, displayName: r.display_name, role: r.role, advisorId: r.advisor_id, centreId: r.centre_id, centreName: r.centre_name,
    csrfToken: r.csrf_token, tokenHash, lastActiveAt: new Date(r.last_active_at), expiresAt: new Date(r.expires_at),
  };
}

export async function touchSession(sql: SqlClient, tokenHash: string, now: Date): Promise<void> {
  await sql.query('update advisor_sessions set last_active_at = $2 where token_hash = $1', [tokenHash, now.toISOString()]);
}

export async function endSession(sql: SqlClient, tokenHash: string): Promise<void> {
  await sql.query('delete from advisor_sessions where token_hash = $1', [tokenHash]);
}

/** "Überall abmelden": every session of the account, on every device. */
export async function endAllSessions(sql: SqlClient, accountId: string): Promise<number> {
  const rows = await sql.query('delete from advisor_sessions where account_id = $1 returning 1', [accountId]);
  return rows.length;
}

export function idleExpiry(principal: Pick<AdvisorPrincipal, 'lastActiveAt' | 'expiresAt'>, settings: AdvisorAuthSettings): Date {
  return new Date(Math.min(principal.lastActiveAt.getTime() + settings.idleMinutes * 60_000, principal.expiresAt.getTime()));
}
