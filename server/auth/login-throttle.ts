/**
 * Growing waits after failed sign-ins, per user name (hashed), stored in the database so all
 * instances agree: from the 3rd failure on, 2, 4, 8 … seconds, at most 15 minutes. The per-address
 * limit of server/http/rate-limit.ts comes on top.
 */
import { hashToken } from '../domain/bookings/tokens.ts';
import { ApiProblem } from '../http/problem.ts';
import type { SqlClient } from '../storage/sql.ts';

const FREE_FAILURES = 2;
const MAX_WAIT_SECONDS = 15 * 60;

const userKey = (username: string) => hashToken(`advisor-login\u0000${username.trim().toLowerCase()}`);

export const waitSeconds = (failures: number): number =>
  failures <= FREE_FAILURES ? 0 : Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES));

export async function assertMayTry(sql: SqlClient, username: string, now: Date): Promise<void> {
  const rows = await sql.query<{ failures: number; last_failure_at: Date }>(
    'select failures, last_failure_at from advisor_login_failures where user_hash = $1',
    [await userKey(username)],
  );
  const r = rows[0];
  if (!r) return;
  const until = new Date(r.last_failure_at).getTime() + waitSeconds(Number(r.failures)) * 1000;
  if (until > now.getTime()) {
    const seconds = Math.ceil((until - now.getTime()) / 1000);
    throw new ApiProblem(429, 'rateLimited', `Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie ${seconds} Sekunden.`, undefined, {
      'Retry-After': String(seconds),
    });
  }
}

export async function recordFailure(sql: SqlClient, username: string, now: Date): Promise<void> {
  await sql.query(
    `insert into advisor_login_failures (user_hash, failures, last_failure_at) values ($1, 1, $2)
     on conflict (user_hash) do update set failures = case when advisor_login_failures.last_failure_at < $3 then 1
       else advisor_login_failures.failures + 1 end, last_failure_at = $2`,
    // Failures older than a day no longer count.
    [await userKey(username), now.toISOString(), new Date(now.getTime() - 86_400_000).toISOString()],
  );
}

export async function clearFailures(sql: SqlClient, username: string): Promise<void> {
  await sql.query('delete from advisor_login_failures where user_hash = $1', [await userKey(username)]);
}
