/**
 * Reminder mails 24 h ahead. Safe on several instances: rows are claimed with FOR UPDATE SKIP
 * LOCKED and marked sent in the same transaction that queues the mail, so each goes out once.
 */
import { queueBookingMail } from '../mail/outbox.ts';
import { findBooking, mailFacts } from '../domain/bookings/records.ts';
import type { SqlClient } from '../storage/sql.ts';

export async function sendDueReminders(sql: SqlClient, now: Date, leadHours: number, batch = 100): Promise<number> {
  return sql.transaction(async (tx) => {
    const due = await tx.query<{ id: string }>(
      `select id from bookings
        where status = 'confirmed' and reminder_sent_at is null and email is not null
          and starts_at > $1 and starts_at <= $2
        order by starts_at limit $3 for update skip locked`,
      [now.toISOString(), new Date(now.getTime() + leadHours * 3_600_000).toISOString(), batch],
    );
    for (const { id } of due) {
      const b = (await findBooking(tx, 'b.id = $1', [id]))!;
      // The manage link is not in the reminder: the token is only stored hashed.
      await queueBookingMail(tx, b.id, b.email!, 'reminder', mailFacts(b), now);
      await tx.query('update bookings set reminder_sent_at = $2 where id = $1', [id, now.toISOString()]);
    }
    return due.length;
  });
}
