/** Holds: a picked slot is reserved for a few minutes while the citizen types; extendable, releasable. */
import type { Hold, HoldRequest } from '../../../src/contract/bookings.ts';
import { ApiProblem, notFound } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { bookableCentre } from './schedule.ts';
import type { BookingSettings } from './settings.ts';
import { isUniqueViolation, prepareTake, slotTaken } from './take-slot.ts';
import { hashToken, newId, newReference, newToken } from './tokens.ts';

export const holdGone = () =>
  new ApiProblem(410, 'conflict', 'Die Reservierung ist abgelaufen. Bitte wählen Sie den Termin erneut; Ihre Angaben bleiben erhalten.');

export async function createHold(sql: SqlClient, settings: BookingSettings, request: HoldRequest, now: Date): Promise<Hold> {
  const centre = await bookableCentre(sql, request.centreId);
  if (!centre) throw notFound('Diese Beratungsstelle gibt es nicht (mehr).');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + settings.holdSeconds * 1000);
  const choice = { topic: request.topic, mode: request.mode, startsAt: new Date(request.startsAt) };
  try {
    const taken = await sql.transaction(async (tx) => {
      const slot = await prepareTake(tx, centre, choice, now);
      await tx.query(
        `insert into bookings (id, reference, centre_id, advisor_id, starts_at, ends_at, mode, topic, status, hold_token_hash, hold_expires_at, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'held', $9, $10, $11)`,
        [newId(), newReference(), centre.id, slot.advisorId, slot.startsAt.toISOString(), slot.endsAt.toISOString(), request.mode,
          request.topic, await hashToken(token), expiresAt.toISOString(), now.toISOString()],
      );
      return slot;
    });
    return {
      holdToken: token, expiresAt: expiresAt.toISOString(), startsAt: taken.startsAt.toISOString(), endsAt: taken.endsAt.toISOString(),
      mode: request.mode, topic: request.topic, centreId: centre.id,
    };
  } catch (error) {
    if (isUniqueViolation(error)) throw slotTaken();
    throw error;
  }
}

export async function extendHold(sql: SqlClient, settings: BookingSettings, holdToken: string, now: Date): Promise<{ expiresAt: string }> {
  const expiresAt = new Date(now.getTime() + settings.holdSeconds * 1000);
  const rows = await sql.query(
    `update bookings set hold_expires_at = $2 where hold_token_hash = $1 and status = 'held' and hold_expires_at > $3 returning id`,
    [await hashToken(holdToken), expiresAt.toISOString(), now.toISOString()],
  );
  if (!rows.length) throw holdGone();
  return { expiresAt: expiresAt.toISOString() };
}

export async function releaseHold(sql: SqlClient, holdToken: string): Promise<void> {
  await sql.query(`delete from bookings where hold_token_hash = $1 and status = 'held'`, [await hashToken(holdToken)]);
}
