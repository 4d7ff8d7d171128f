/** Frees what ran out: stale holds are deleted, unconfirmed bookings past their window become expired. */
import type { SqlClient } from '../storage/sql.ts';

export async function expireStale(sql: SqlClient, now: Date): Promise<{ holds: number; unconfirmed: number }> {
  const holds = await sql.query(`delete from bookings where status = 'held' and hold_expires_at <= $1 returning id`, [now.toISOString()]);
  const unconfirmed = await sql.query(`update bookings set status = 'expired' where status = 'provisional' and confirm_by <= $1 returning id`, [now.toISOString()]);
  return { holds: holds.length, unconfirmed: unconfirmed.length };
}
