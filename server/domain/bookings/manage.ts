/**
 * The citizen's side after booking, behind the secret token from the mail: view, confirm (double
 * opt-in), cancel, reschedule atomically, calendar file, delete my data.
 */
import type { ManagedBooking } from '../../../src/contract/bookings.ts';
import { ApiProblem } from '../../http/problem.ts';
import { queueBookingMail } from '../../mail/outbox.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { findBooking, mailFacts, manageUrl, type BookingRecord } from './records.ts';
import { bookableCentre } from './schedule.ts';
import type { BookingSettings } from './settings.ts';
import { isUniqueViolation, prepareTake, slotTaken } from './take-slot.ts';
import { hashToken } from './tokens.ts';
import { holdGone } from './holds.ts';

export interface ManageContext {
  settings: BookingSettings;
  now: Date;
  requestOrigin: string;
}

/** One answer for forged, expired and deleted tokens: nothing to learn by guessing. */
export const invalidLink = () => new ApiProblem(404, 'notFound', 'Dieser Link ist ungültig oder abgelaufen. Bitte buchen Sie bei Bedarf einen neuen Termin.');

const tokenWhere = 'b.manage_token_hash = $1 and b.token_expires_at > $2 and b.contact_deleted_at is null';

async function byToken(sql: SqlClient, token: string, now: Date, lock = false): Promise<BookingRecord> {
  const b = await findBooking(sql, tokenWhere, [await hashToken(token), now.toISOString()], lock);
  if (!b) throw invalidLink();
  return b;
}

/** A provisional booking whose window passed is expired, whether or not the job has run yet. */
const effectiveStatus = (b: BookingRecord, now: Date) =>
  b.status === 'provisional' && b.confirmBy && b.confirmBy.getTime() <= now.getTime() ? 'expired' : b.status === 'held' ? 'provisional' : b.status;

export function managedView(b: BookingRecord, ctx: ManageContext): ManagedBooking {
  const status = effectiveStatus(b, ctx.now);
  const live = status === 'provisional' || status === 'confirmed';
  const videoFrom = new Date(b.startsAt.getTime() - ctx.settings.videoLeadMinutes * 60_000);
  const showVideo = b.mode === 'video' && status === 'confirmed' && ctx.now >= videoFrom && ctx.now <= b.endsAt && b.centre.videoRoomUrl;
  return {
    reference: b.reference,
    status,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    mode: b.mode,
    topic: b.topic,
    confirmBy: status === 'provisional' && b.confirmBy ? b.confirmBy.toISOString() : null,
    centre: { id: b.centreId, name: b.centre.name, street: b.centre.street, postalCode: b.centre.postalCode, city: b.centre.city, phone: b.centre.phone },
    contact: { name: b.name, email: b.email, phone: b.phone },
    note: b.note,
    dataDeleted: b.contactDeleted,
    canConfirm: status === 'provisional',
    canChange: live && b.startsAt.getTime() > ctx.now.getTime(),
    videoRoomUrl: showVideo ? b.centre.videoRoomUrl : null,
    videoRoomFrom: b.mode === 'video' && live ? videoFrom.toISOString() : null,
  };
}

export async function viewBooking(sql: SqlClient, ctx: ManageContext, token: string): Promise<ManagedBooking> {
  return managedView(await byToken(sql, token, ctx.now), ctx);
}

const linkBase = (ctx: ManageContext) => ctx.settings.publicBaseUrl ?? ctx.requestOrigin;

export async function confirmBooking(sql: SqlClient, ctx: ManageContext, token: string): Promise<ManagedBooking> {
  return sql.transaction(async (tx) => {
    const b = await byToken(tx, token, ctx.now, true);
    const status = effectiveStatus(b, ctx.now);
    if (status === 'confirmed') return managedView(b, ctx);
    if (status === 'expired') {
      await tx.query(`update bookings set status = 'expired' where id = $1 and status = 'provisional'`, [b.id]);
      throw new ApiProblem(409, 'conflict', 'Die Frist zur Bestätigung ist abgelaufen; der Termin wurde wieder freigegeben. Bitte buchen Sie neu.');
    }
    if (status !== 'provisional') throw new ApiProblem(409, 'conflict', 'Dieser Termin ist abgesagt und kann nicht mehr bestätigt werden.');
    await tx.query(`update bookings set status = 'confirmed', confirmed_at = $2 where id = $1`, [b.id, ctx.now.toISOString()]);
    const updated = { ...b, status: 'confirmed' as const };
    if (b.email) await queueBookingMail(tx, b.id, b.email, 'confirmed', mailFacts(updated, manageUrl(linkBase(ctx), token)), ctx.now);
    return managedView(updated, ctx);
  });
}

const notChangeable = () => new ApiProblem(409, 'conflict', 'Dieser Termin kann nicht mehr geändert werden.');

export async function cancelBooking(sql: SqlClient, ctx: ManageContext, token: string, reason?: string): Promise<ManagedBooking> {
  return sql.transaction(async (tx) => {
    const b = await byToken(tx, token, ctx.now, true);
    if (b.status === 'cancelled') return managedView(b, ctx);
    if (!managedView(b, ctx).canChange) throw notChangeable();
    await tx.query(`update bookings set status = 'cancelled', cancelled_at = $2, cancel_reason = $3 where id = $1`, [b.id, ctx.now.toISOString(), reason || null]);
    const updated = { ...b, status: 'cancelled' as const };
    if (b.email) await queueBookingMail(tx, b.id, b.email, 'cancelled', mailFacts(updated), ctx.now);
    return managedView(updated, ctx);
  });
}

/**
 * Moves the booking in one transaction: the row is updated in place, so the unique index checks the
 * new slot before the old one is given up; if the new slot is taken nothing changes.
 */
export async function rescheduleBooking(
  sql: SqlClient,
  ctx: ManageContext,
  request: { token: string; startsAt: string; mode?: ManagedBooking['mode'] | undefined; holdToken?: string | undefined },
): Promise<ManagedBooking> {
  try {
    return await sql.transaction(async (tx) => {
      const current = await byToken(tx, request.token, ctx.now, true);
      if (!managedView(current, ctx).canChange) throw notChangeable();
      const centre = (await bookableCentre(tx, current.centreId))!;
      const mode = request.mode ?? current.mode;
      const startsAt = new Date(request.startsAt);
      let target: { advisorId: string; startsAt: Date; endsAt: Date };
      if (request.holdToken) {
        await tx.query('select id from advisors where centre_id = $1 order by id for update', [centre.id]);
        const held = await tx.query<{ id: string; advisor_id: string; starts_at: Date; ends_at: Date; mode: string }>(
          `delete from bookings where hold_token_hash = $1 and status = 'held' and hold_expires_at > $2 and centre_id = $3
           returning id, advisor_id, starts_at, ends_at, mode`,
          [await hashToken(request.holdToken), ctx.now.toISOString(), centre.id],
        );
        const h = held[0];
        if (!h) throw holdGone();
        if (new Date(h.starts_at).getTime() !== startsAt.getTime() || h.mode !== mode) {
          throw new ApiProblem(422, 'validation', 'Die Reservierung gehört zu einem anderen Termin.', [{ path: 'holdToken', message: 'die Reservierung dieses Termins' }]);
        }
        target = { advisorId: h.advisor_id, startsAt: new Date(h.starts_at), endsAt: new Date(h.ends_at) };
      } else {
        target = await prepareTake(tx, centre, { topic: current.topic, mode, startsAt }, ctx.now, current.id);
      }
      await tx.query(
        `update bookings set advisor_id = $2, starts_at = $3, ends_at = $4, mode = $5, reminder_sent_at = null,
           rescheduled_count = rescheduled_count + 1,
           token_expires_at = greatest(token_expires_at, $6::timestamptz)
         where id = $1`,
        [current.id, target.advisorId, target.startsAt.toISOString(), target.endsAt.toISOString(), mode,
          new Date(target.endsAt.getTime() + ctx.settings.retentionDays * 86_400_000).toISOString()],
      );
      const updated: BookingRecord = { ...current, advisorId: target.advisorId, startsAt: target.startsAt, endsAt: target.endsAt, mode };
      if (current.email) await queueBookingMail(tx, current.id, current.email, 'rescheduled', mailFacts(updated, manageUrl(linkBase(ctx), request.token)), ctx.now);
      return managedView(updated, ctx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slotTaken();
    throw error;
  }
}

export async function bookingIcs(sql: SqlClient, ctx: ManageContext, token: string): Promise<{ record: BookingRecord }> {
  return { record: await byToken(sql, token, ctx.now) };
}

/** "Delete my data": contact, note and token go now; a future appointment is cancelled with them. */
export async function deleteBookingData(sql: SqlClient, ctx: ManageContext, token: string): Promise<void> {
  await sql.transaction(async (tx) => {
    const b = await byToken(tx, token, ctx.now, true);
    await tx.query(
      `update bookings set name = null, email = null, phone = null, note = null, cancel_reason = null, manage_token_hash = null,
         idempotency_key = null, request_hash = null, contact_deleted_at = $2,
         status = case when status in ('provisional', 'confirmed') and starts_at > $2 then 'cancelled' else status end,
         cancelled_at = case when status in ('provisional', 'confirmed') and starts_at > $2 then $2 else cancelled_at end
       where id = $1`,
      [b.id, ctx.now.toISOString()],
    );
    await tx.query('delete from outbox where booking_id = $1', [b.id]);
  });
}
