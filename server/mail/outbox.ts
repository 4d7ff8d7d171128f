/** Writes mails into the outbox table, inside the caller's transaction (sent later by the delivery job). */
import type { SqlClient } from '../storage/sql.ts';
import { bookingMail, type MailFacts, type MailKind } from './templates.ts';

export async function queueBookingMail(tx: SqlClient, bookingId: string, to: string, kind: MailKind, facts: MailFacts, now: Date): Promise<void> {
  const { subject, text } = bookingMail(kind, facts);
  await tx.query('insert into outbox (booking_id, kind, recipient, subject, body, created_at) values ($1, $2, $3, $4, $5, $6)', [
    bookingId, kind, to, subject, text, now.toISOString(),
  ]);
}

export interface OutboxMessage {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
}

export async function latestMessages(sql: SqlClient, limit = 50): Promise<OutboxMessage[]> {
  const rows = await sql.query<{ id: number; kind: string; recipient: string; subject: string; body: string; created_at: Date; sent_at: Date | null }>(
    'select id, kind, recipient, subject, body, created_at, sent_at from outbox order by id desc limit $1',
    [limit],
  );
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, recipient: r.recipient, subject: r.subject, body: r.body, createdAt: new Date(r.created_at), sentAt: r.sent_at ? new Date(r.sent_at) : null }));
}
