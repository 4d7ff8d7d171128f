/**
 * The private calendar feed of an account: a URL with its own token (only the hash is stored),
 * revocable at any time. Events carry topic, mode and reference, never the citizen's name or contact.
 */
import { hashToken, newToken } from '../bookings/tokens.ts';
import type { SqlClient } from '../../storage/sql.ts';

export const feedUrl = (origin: string, token: string) => `${origin}/api/advisor-feed/${token}.ics`;

export async function renewFeed(sql: SqlClient, accountId: string, now: Date): Promise<string> {
  const token = newToken();
  await sql.query(
    `insert into advisor_feed_tokens (account_id, token_hash, created_at) values ($1, $2, $3)
     on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at`,
    [accountId, await hashToken(token), now.toISOString()],
  );
  return token;
}

export async function feedState(sql: SqlClient, accountId: string): Promise<Date | null> {
  const rows = await sql.query<{ created_at: Date }>('select created_at from advisor_feed_tokens where account_id = $1', [accountId]);
  return rows[0] ? new Date(rows[0].created_at) : null;
}

export async function revokeFeed(sql: SqlClient, accountId: string): Promise<void> {
  await sql.query('delete from advisor_feed_tokens where account_id = $1', [accountId]);
}

const TOPIC_MODE = { 'vor-ort': 'vor Ort', telefon: 'Telefon', video: 'Video' } as Record<string, string>;
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** The feed's calendar, or null for an unknown or revoked token. */
export async function feedCalendar(sql: SqlClient, token: string, now: Date): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const owners = await sql.query<{ centre_id: string; advisor_id: string | null; role: string; centre_name: string }>(
    `select a.centre_id, a.advisor_id, a.role, c.name as centre_name from advisor_feed_tokens f
       join advisor_accounts a on a.id = f.account_id join centres c on c.id = a.centre_id
      where f.token_hash = $1 and not a.disabled`,
    [await hashToken(token)],
  );
  const owner = owners[0];
  if (!owner) return null;
  const rows = await sql.query<{ id: string; reference: string; starts_at: Date; ends_at: Date; status: string; mode: string; topic: string }>(
    `select id, reference, starts_at, ends_at, status, mode, topic from bookings
      where centre_id = $1 and ($2::text is null or advisor_id = $2::text)
        and status in ('provisional', 'confirmed', 'done', 'no-show', 'cancelled')
        and starts_at > $3 and starts_at < $4 order by starts_at`,
    [owner.centre_id, owner.role === 'advisor' ? owner.advisor_id : null, new Date(now.getTime() - 14 * 86_400_000).toISOString(),
      new Date(now.getTime() + 366 * 86_400_000).toISOString()],
  );
  const events = rows.flatMap((r) => [
    'BEGIN:VEVENT',
    `UID:${r.id}@sozialplattform-beratung`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(new Date(r.starts_at))}`,
    `DTEND:${stamp(new Date(r.ends_at))}`,
    `SUMMARY:${escapeText(`Beratung ${r.topic} (${TOPIC_MODE[r.mode] ?? r.mode}) ${r.reference}`)}`,
    `STATUS:${r.status === 'cancelled' ? 'CANCELLED' : r.status === 'provisional' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'END:VEVENT',
  ]);
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sozialplattform//Beratungsplatz//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Termine ${owner.centre_name}`)}`, ...events, 'END:VCALENDAR', '',
  ].join('\r\n');
}
