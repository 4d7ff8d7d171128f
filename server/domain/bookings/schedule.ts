/** Reads what slot derivation needs from the database: a centre, its advisors' rules, days off and live bookings. */
import type { Topic } from '../../../src/contract/centres.ts';
import type { BookingMode } from '../../../src/contract/bookings.ts';
import { addDays } from '../../../src/opening-hours/berlin-time.ts';
import type { SqlClient } from '../../storage/sql.ts';
import type { AvailabilityRule, TakenTime } from './slots.ts';

export interface BookableCentre {
  id: string;
  name: string;
  land: string;
  topics: Topic[];
  modes: string[];
  onlineBooking: boolean;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  videoRoomUrl: string | null;
}

export async function bookableCentre(sql: SqlClient, id: string): Promise<BookableCentre | null> {
  const rows = await sql.query<{
    id: string; name: string; land: string; topics: Topic[]; modes: string[]; online_booking: boolean;
    street: string; postal_code: string; city: string; phone: string | null; video_room_url: string | null;
  }>(
    `select c.id, c.name, c.land, c.topics, c.modes, c.street, c.postal_code, c.city, c.phone, c.video_room_url,
            (c.booking_enabled and c.avv_signed and coalesce(l.booking_participates, false)) as online_booking
       from centres c left join laender l on l.key = c.land where c.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id, name: r.name, land: r.land, topics: r.topics, modes: r.modes, onlineBooking: r.online_booking,
    street: r.street, postalCode: r.postal_code, city: r.city, phone: r.phone, videoRoomUrl: r.video_room_url,
  };
}

export async function centreRules(sql: SqlClient, centreId: string): Promise<AvailabilityRule[]> {
  const rows = await sql.query<{
    advisor_id: string; weekday: number; starts_minute: number; ends_minute: number; slot_minutes: number;
    buffer_minutes: number; modes: BookingMode[]; topics: Topic[]; min_notice_hours: number; max_days_ahead: number; valid_on: string | null;
  }>(
    `select r.advisor_id, r.weekday, r.starts_minute, r.ends_minute, r.slot_minutes, r.buffer_minutes, r.modes, r.topics,
            r.min_notice_hours, r.max_days_ahead, to_char(r.valid_on, 'YYYY-MM-DD') as valid_on
       from availability_rules r join advisors a on a.id = r.advisor_id
      where a.centre_id = $1 order by r.advisor_id, r.weekday, r.starts_minute`,
    [centreId],
  );
  return rows.map((r) => ({
    advisorId: r.advisor_id, weekday: Number(r.weekday), startsMinute: Number(r.starts_minute), endsMinute: Number(r.ends_minute),
    slotMinutes: Number(r.slot_minutes), bufferMinutes: Number(r.buffer_minutes), modes: r.modes, topics: r.topics,
    minNoticeHours: Number(r.min_notice_hours), maxDaysAhead: Number(r.max_days_ahead), ...(r.valid_on ? { onDate: r.valid_on } : {}),
  }));
}

export async function daysOff(sql: SqlClient, centreId: string, from: string, days: number): Promise<Set<string>> {
  const rows = await sql.query<{ advisor_id: string; day: string }>(
    `select e.advisor_id, to_char(e.day, 'YYYY-MM-DD') as day from availability_exceptions e join advisors a on a.id = e.advisor_id
      where a.centre_id = $1 and e.day between $2::date and $3::date`,
    [centreId, from, addDays(from, days)],
  );
  return new Set(rows.map((r) => `${r.advisor_id}|${r.day}`));
}

/** Live bookings and holds of the centre's advisors in a window; stale holds and unconfirmed bookings do not count. */
export async function takenTimes(sql: SqlClient, centreId: string, from: Date, to: Date, now: Date, exceptBookingId?: string): Promise<TakenTime[]> {
  const rows = await sql.query<{ advisor_id: string; starts_at: Date; ends_at: Date }>(
    `select b.advisor_id, b.starts_at, b.ends_at from bookings b
      where b.centre_id = $1 and b.starts_at < $3 and b.ends_at > $2
        and (b.status = 'confirmed' or (b.status = 'held' and b.hold_expires_at > $4) or (b.status = 'provisional' and b.confirm_by > $4))
        and ($5::text is null or b.id <> $5::text)`,
    [centreId, from.toISOString(), to.toISOString(), now.toISOString(), exceptBookingId ?? null],
  );
  return rows.map((r) => ({ advisorId: r.advisor_id, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) }));
}

/**
 * Frees rows whose time ran out, so the unique index lets a new hold in: stale holds are deleted
 * (they hold no personal data), unconfirmed bookings become expired.
 */
export async function releaseStale(sql: SqlClient, centreId: string, now: Date): Promise<void> {
  await sql.query(`delete from bookings where centre_id = $1 and status = 'held' and hold_expires_at <= $2`, [centreId, now.toISOString()]);
  await sql.query(
    `update bookings set status = 'expired' where centre_id = $1 and status = 'provisional' and confirm_by <= $2`,
    [centreId, now.toISOString()],
  );
}
