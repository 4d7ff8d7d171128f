/**
 * Turning a slot into a provisional booking: idempotent per key, proof of work spent in the same
 * transaction, the hold converted (or the slot taken afresh when the hold ran out but the slot is
 * still free), the double opt-in mail queued in the same transaction.
 */
import type { BookingReceipt } from '../../../src/contract/bookings.ts';
import type { bookingRequest } from '../../../src/contract/bookings.ts';
import type { z } from 'zod';
import { ApiProblem, notFound } from '../../http/problem.ts';
import { queueBookingMail } from '../../mail/outbox.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { spendProof } from './proof.ts';
import { findBooking, mailFacts, manageUrl, type BookingRecord } from './records.ts';
import { bookableCentre } from './schedule.ts';
import type { BookingSettings } from './settings.ts';
import { isUniqueViolation, lockCentre, findFreeAdvisor, slotTaken } from './take-slot.ts';
import { hashToken, newId, newReference, newToken } from './tokens.ts';
import { releaseStale } from './schedule.ts';

export type BookingInput = z.output<typeof bookingRequest>;

async function requestHash(input: BookingInput): Promise<string> {
  const { proof: _proof, holdToken: _hold, ...stable } = input;
  return hashToken(JSON.stringify(stable));
}

const confirmDeadline = (settings: BookingSettings, now: Date, startsAt: Date): Date =>
  new Date(Math.min(now.getTime() + settings.confirmHours * 3_600_000, startsAt.getTime()));

function receipt(b: BookingRecord, manageToken?: string): BookingReceipt {
  return {
    reference: b.reference,
    status: b.status === 'held' ? 'provisional' : b.status,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    mode: b.mode,
    topic: b.topic,
    centreId: b.centreId,
    centreName: b.centre.name,
    confirmBy: (b.confirmBy ?? b.startsAt).toISOString(),
    confirmVia: b.email ? 'email' : 'manage-page',
    ...(manageToken ? { manageToken } : {}),
  };
}

/** A repeated request with the same key: the same booking, never a second one. */
async function replay(sql: SqlClient, key: string, hash: string): Promise<BookingReceipt | null> {
  const existing = await findBooking(sql, 'b.idempotency_key = $1', [key]);
  if (!existing) return null;
  if (existing.requestHash !== hash) {
    throw new ApiProblem(422, 'validation', 'Dieser Idempotency-Key gehört zu einer anderen Buchung.', [{ path: 'Idempotency-Key', message: 'ein neuer Schlüssel je Buchung' }]);
  }
  if (existing.email || existing.contactDeleted) return receipt(existing);
  // Phone-only bookings show the manage secret on screen; a retry gets a fresh one (the first answer never arrived).
  const token = newToken();
  await sql.query('update bookings set manage_token_hash = $2 where id = $1', [existing.id, await hashToken(token)]);
  return receipt(existing, token);
}

class SameKeyCommitted extends Error {}

export interface BookContext {
  settings: BookingSettings;
  now: Date;
  /** Origin for links in mails when PUBLIC_BASE_URL is not set. */
  requestOrigin: string;
}

export async function createBooking(sql: SqlClient, ctx: BookContext, input: BookingInput, idempotencyKey: string): Promise<{ receipt: BookingReceipt; replayed: boolean }> {
  const hash = await requestHash(input);
  const earlier = await replay(sql, idempotencyKey, hash);
  if (earlier) return { receipt: earlier, replayed: true };
  const centre = await bookableCentre(sql, input.centreId);
  if (!centre) throw notFound('Diese Beratungsstelle gibt es nicht (mehr).');
  const { now, settings } = ctx;
  const token = newToken();
  const startsAt = new Date(input.startsAt);
  try {
    const booking = await sql.transaction(async (tx) => {
      await lockCentre(tx, centre.id);
      // A parallel request with the same key may have committed while this one waited for the lock.
      if ((await tx.query('select 1 from bookings where idempotency_key = $1', [idempotencyKey])).length) throw new SameKeyCommitted();
      await spendProof(tx, settings, input.proof, now);
      let id: string | undefined;
      if (input.holdToken) {
        const held = await tx.query<{ id: string; centre_id: string; starts_at: Date; mode: string; topic: string; hold_expires_at: Date }>(
          `select id, centre_id, starts_at, mode, topic, hold_expires_at from bookings where hold_token_hash = $1 and status = 'held'`,
          [await hashToken(input.holdToken)],
        );
        const h = held[0];
        if (h && (h.centre_id !== centre.id || new Date(h.starts_at).getTime() !== startsAt.getTime() || h.mode !== input.mode || h.topic !== input.topic)) {
          throw new ApiProblem(422, 'validation', 'Die Reservierung gehört zu einem anderen Termin.', [{ path: 'holdToken', message: 'die Reservierung dieses Termins' }]);
        }
        if (h && new Date(h.hold_expires_at).getTime() > now.getTime()) id = h.id;
      }
      await releaseStale(tx, centre.id, now);
      const confirmBy = confirmDeadline(settings, now, startsAt);
      const common = [
        input.tenant ?? null, confirmBy.toISOString(), idempotencyKey, hash, input.contact.name, input.contact.email ?? null,
        input.contact.phone ?? null, input.note || null, await hashToken(token),
        new Date(Math.max(startsAt.getTime(), confirmBy.getTime()) + settings.retentionDays * 86_400_000).toISOString(),
      ];
      if (id) {
        await tx.query(
          `update bookings set status = 'provisional', hold_token_hash = null, hold_expires_at = null, tenant = $2, confirm_by = $3,
             idempotency_key = $4, request_hash = $5, name = $6, email = $7, phone = $8, note = $9, manage_token_hash = $10, token_expires_at = $11
           where id = $1`,
          [id, ...common],
        );
      } else {
        const slot = await findFreeAdvisor(tx, centre, { topic: input.topic, mode: input.mode, startsAt }, now);
        id = newId();
        await tx.query(
          `insert into bookings (id, reference, centre_id, advisor_id, starts_at, ends_at, mode, topic, status, created_at,
             tenant, confirm_by, idempotency_key, request_hash, name, email, phone, note, manage_token_hash, token_expires_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'provisional', $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
          [id, newReference(), centre.id, slot.advisorId, slot.startsAt.toISOString(), slot.endsAt.toISOString(), input.mode, input.topic, now.toISOString(), ...common],
        );
      }
      const record = (await findBooking(tx, 'b.id = $1', [id]))!;
      if (record.email) {
        const base = settings.publicBaseUrl ?? ctx.requestOrigin;
        await queueBookingMail(tx, record.id, record.email, 'confirm-request', mailFacts(record, manageUrl(base, token)), now);
      }
      return record;
    });
    return { receipt: receipt(booking, booking.email ? undefined : token), replayed: false };
  } catch (error) {
    if (isUniqueViolation(error) || error instanceof SameKeyCommitted) {
      // The same key raced in from a parallel retry: answer with what that request stored.
      const again = await replay(sql, idempotencyKey, hash);
      if (again) return { receipt: again, replayed: true };
      throw slotTaken();
    }
    throw error;
  }
}
