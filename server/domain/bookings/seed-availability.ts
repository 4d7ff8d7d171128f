/**
 * Demo availability for seeded advisors (until advisors edit their own): weekday mornings, a long
 * Thursday, 45-minute slots with a 15-minute buffer. Runs once per database (marker in seed_runs).
 */
import type { SqlClient } from '../../storage/sql.ts';

const MARKER = 'demo-availability-v1';

export async function seedDemoAvailability(tx: SqlClient): Promise<number> {
  const done = await tx.query('select 1 from seed_runs where name = $1', [MARKER]);
  if (done.length) return 0;
  // Modes: what the centre offers that can be booked; the rule mirrors the centre's offer.
  const rows = await tx.query<{ n: number }>(
    `with inserted as (
       insert into availability_rules (advisor_id, weekday, starts_minute, ends_minute, slot_minutes, buffer_minutes, modes, min_notice_hours, max_days_ahead)
       select a.id, d.weekday, d.starts, d.ends, 45, 15,
              coalesce(array(select m from unnest(c.modes) m where m in ('vor-ort', 'telefon', 'video')), '{}'), 12, 28
         from advisors a join centres c on c.id = a.centre_id
         cross join (values (1, 540, 720), (2, 540, 720), (3, 540, 720), (4, 540, 720), (4, 840, 1080), (5, 540, 720)) as d(weekday, starts, ends)
        where cardinality(array(select m from unnest(c.modes) m where m in ('vor-ort', 'telefon', 'video'))) > 0
       returning 1)
     select count(*)::int as n from inserted`,
  );
  await tx.query('insert into seed_runs (name) values ($1) on conflict do nothing', [MARKER]);
  return Number(rows[0]?.n ?? 0);
}
