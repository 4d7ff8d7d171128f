/**
 * DSGVO retention: contact data, note and manage token of a booking are deleted a set time after
 * the appointment (per tenant `booking.retentionDays` in its config, else the default), sooner for
 * cancelled and expired bookings. What stays (centre, topic, mode, time, status) is anonymous.
 */
import type { SqlClient } from '../storage/sql.ts';

export interface RetentionPolicy {
  retentionDays: number;
  closedRetentionDays: number;
}

export async function applyRetention(sql: SqlClient, now: Date, policy: RetentionPolicy): Promise<number> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      `with per_booking as (
         select b.id, b.status, b.ends_at, b.cancelled_at, b.confirm_by,
                coalesce(case when (t.config -> 'booking' ->> 'retentionDays') ~ '^[0-9]{1,4}$'
                              then (t.config -> 'booking' ->> 'retentionDays')::int end, $2) as days
           from bookings b left join tenant_configs t on t.level = 'kommune' and t.key = b.tenant
          where b.contact_deleted_at is null and b.status <> 'held'
       ), due as (
         select id from per_booking
          where (status in ('provisional', 'confirmed') and ends_at + make_interval(days => days) <= $1)
             or (status in ('cancelled', 'expired')
                 and least(coalesce(cancelled_at, confirm_by, ends_at), ends_at) + make_interval(days => least(days, $3)) <= $1)
       )
       update bookings b set name = null, email = null, phone = null, note = null, cancel_reason = null, manage_token_hash = null,
              idempotency_key = null, request_hash = null, contact_deleted_at = $1
         from due where b.id = due.id
       returning b.id`,
      [now.toISOString(), policy.retentionDays, policy.closedRetentionDays],
    );
    if (rows.length) await tx.query('delete from outbox where booking_id = any($1::text[])', [rows.map((r) => r.id)]);
    return rows.length;
  });
}
