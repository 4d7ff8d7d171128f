/**
 * Hands queued mails to the transport. With SMTP the body is cleared after sending (it may hold a
 * manage link); the dev mailbox keeps it so /dev/mailbox can show it. Claimed with SKIP LOCKED.
 */
import type { MailTransport } from '../mail/transport.ts';
import type { SqlClient } from '../storage/sql.ts';

export async function deliverOutbox(sql: SqlClient, transport: MailTransport, now: Date, batch = 20): Promise<number> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: number; recipient: string; subject: string; body: string }>(
      `select id, recipient, subject, body from outbox where sent_at is null and attempts < 5
        order by id limit $1 for update skip locked`,
      [batch],
    );
    let sent = 0;
    for (const row of rows) {
      try {
        await transport.send({ to: row.recipient, subject: row.subject, text: row.body });
        await tx.query(
          `update outbox set sent_at = $2, attempts = attempts + 1 ${transport.kind === 'smtp' ? ", body = '', recipient = ''" : ''} where id = $1`,
          [row.id, now.toISOString()],
        );
        sent++;
      } catch {
        await tx.query('update outbox set attempts = attempts + 1 where id = $1', [row.id]);
      }
    }
    return sent;
  });
}
