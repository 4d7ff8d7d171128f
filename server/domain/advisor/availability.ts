/**
 * An advisor's availability as the desk edits it: weekly rules, single extra slots, absences and the
 * bookable window; a preview cut by the booking slot generator; and the appointments that new rules
 * would no longer cover (listed, never dropped).
 */
import type { Availability, AvailabilityPreview, Conflict } from '../../../src/contract/advisor.ts';
import type { BookingMode } from '../../../src/contract/bookings.ts';
import type { Topic } from '../../../src/contract/centres.ts';
import { addDays } from '../../../src/opening-hours/berlin-time.ts';
import { holidayOn } from '../../../src/opening-hours/holidays.ts';
import { ApiProblem, notFound } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { freeSlots, localDate, type AvailabilityRule } from '../bookings/slots.ts';
import { absenceDays, checkAvailability, hhmm, minutesOf, type ParsedAvailability } from './availability-rules.ts';
import { recordAudit } from './audit.ts';

export const advisorGone = () => notFound('Diese Beraterin oder diesen Berater gibt es in Ihrer Beratungsstelle nicht.');

interface Owner { id: string; displayName: string; centreId: string; land: string; modes: string[]; topics: Topic[] }

export async function advisorOfCentre(sql: SqlClient, centreId: string, advisorId: string): Promise<Owner> {
  const rows = await sql.query<{ id: string; display_name: string; centre_id: string; land: string; modes: string[]; topics: Topic[] }>(
    `select a.id, a.display_name, a.centre_id, c.land, c.modes, c.topics from advisors a join centres c on c.id = a.centre_id
      where a.id = $1 and a.centre_id = $2`,
    [advisorId, centreId],
  );
  const r = rows[0];
  if (!r) throw advisorGone();
  return { id: r.id, displayName: r.display_name, centreId: r.centre_id, land: r.land, modes: r.modes, topics: r.topics };
}

export async function centreAdvisors(sql: SqlClient, centreId: string): Promise<Array<{ id: string; displayName: string }>> {
  const rows = await sql.query<{ id: string; display_name: string }>('select id, display_name from advisors where centre_id = $1 order by display_name, id', [centreId]);
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}

type RuleRow = { weekday: number; starts_minute: number; ends_minute: number; slot_minutes: number; buffer_minutes: number; modes: BookingMode[];
  topics: Topic[]; min_notice_hours: number; max_days_ahead: number; valid_on: string | null };

async function loadInput(sql: SqlClient, advisorId: string, today: string): Promise<ParsedAvailability> {
  const rules = await sql.query<RuleRow>(
    `select weekday, starts_minute, ends_minute, slot_minutes, buffer_minutes, modes, topics, min_notice_hours, max_days_ahead,
            to_char(valid_on, 'YYYY-MM-DD') as valid_on
       from availability_rules where advisor_id = $1 and (valid_on is null or valid_on >= $2::date) order by valid_on nulls first, weekday, starts_minute`,
    [advisorId, today],
  );
  const days = await sql.query<{ day: string; reason: string | null }>(
    `select to_char(day, 'YYYY-MM-DD') as day, reason from availability_exceptions where advisor_id = $1 and day >= $2::date order by day`,
    [advisorId, today],
  );
  // Consecutive days with the same reason read back as one absence.
  const absences: ParsedAvailability['absences'] = [];
  for (const d of days) {
    const last = absences.at(-1);
    if (last && addDays(last.to, 1) === d.day && (last.reason ?? null) === d.reason) last.to = d.day;
    else absences.push({ from: d.day, to: d.day, ...(d.reason ? { reason: d.reason } : {}) });
  }
  const weekly = rules.filter((r) => !r.valid_on);
  return {
    rules: weekly.map((r) => ({ weekday: Number(r.weekday), starts: hhmm(Number(r.starts_minute)), ends: hhmm(Number(r.ends_minute)),
      slotMinutes: Number(r.slot_minutes), bufferMinutes: Number(r.buffer_minutes), modes: r.modes, topics: r.topics })),
    extraSlots: rules.filter((r) => r.valid_on).map((r) => ({ date: r.valid_on!, starts: hhmm(Number(r.starts_minute)), ends: hhmm(Number(r.ends_minute)),
      modes: r.modes, topics: r.topics })),
    absences,
    minNoticeHours: Number(rules[0]?.min_notice_hours ?? 12),
    maxDaysAhead: Number(rules[0]?.max_days_ahead ?? 28),
  };
}

function slotRules(advisorId: string, input: ParsedAvailability): AvailabilityRule[] {
  const window = { minNoticeHours: input.minNoticeHours, maxDaysAhead: input.maxDaysAhead };
  return [
    ...input.rules.map((r) => ({ advisorId, weekday: r.weekday, startsMinute: minutesOf(r.starts), endsMinute: minutesOf(r.ends),
      slotMinutes: r.slotMinutes, bufferMinutes: r.bufferMinutes, modes: r.modes, topics: r.topics, ...window })),
    ...input.extraSlots.map((e) => ({ advisorId, weekday: ((new Date(`${e.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1, startsMinute: minutesOf(e.starts),
      endsMinute: minutesOf(e.ends), slotMinutes: minutesOf(e.ends) - minutesOf(e.starts), bufferMinutes: 0, modes: e.modes, topics: e.topics, onDate: e.date, ...window })),
  ];
}

interface LiveBooking { id: string; reference: string; startsAt: Date; endsAt: Date; status: 'provisional' | 'confirmed'; mode: BookingMode; topic: Topic }

async function liveBookings(sql: SqlClient, advisorId: string, now: Date): Promise<LiveBooking[]> {
  const rows = await sql.query<{ id: string; reference: string; starts_at: Date; ends_at: Date; status: 'provisional' | 'confirmed'; mode: BookingMode; topic: Topic }>(
    `select id, reference, starts_at, ends_at, status, mode, topic from bookings
      where advisor_id = $1 and starts_at > $2 and (status = 'confirmed' or (status = 'provisional' and confirm_by > $2)) order by starts_at`,
    [advisorId, now.toISOString()],
  );
  return rows.map((r) => ({ id: r.id, reference: r.reference, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), status: r.status, mode: r.mode, topic: r.topic }));
}

/** Appointments that the given availability no longer offers: each with the reason, for the advisor to decide. */
export function findConflicts(owner: Owner, input: ParsedAvailability, bookings: readonly LiveBooking[], today: string): Conflict[] {
  const absent = absenceDays(input.absences, today);
  // Notice and window do not matter for an appointment that already exists.
  const rules = slotRules(owner.id, input).map((r) => ({ ...r, minNoticeHours: 0, maxDaysAhead: 3660 }));
  return bookings.flatMap((b) => {
    const date = localDate(b.startsAt);
    let reason: string | undefined;
    if (absent.has(date)) reason = 'An diesem Tag ist eine Abwesenheit eingetragen.';
    else if (holidayOn(date, owner.land)) reason = `An diesem Tag ist Feiertag (${holidayOn(date, owner.land)!.name}).`;
    else {
      const offered = freeSlots({ rules, daysOff: new Set(), taken: [], land: owner.land, now: new Date(b.startsAt.getTime() - 1), from: date, days: 1, topic: b.topic, mode: b.mode });
      if (!offered.some((s) => s.startsAt.getTime() === b.startsAt.getTime() && s.endsAt.getTime() === b.endsAt.getTime())) {
        reason = 'Keine Regel bietet diesen Termin mehr an (Zeit, Länge, Form oder Thema).';
      }
    }
    return reason ? [{ appointmentId: b.id, reference: b.reference, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), status: b.status, reason }] : [];
  });
}

export async function readAvailability(sql: SqlClient, centreId: string, advisorId: string, now: Date): Promise<Availability> {
  const owner = await advisorOfCentre(sql, centreId, advisorId);
  const today = localDate(now);
  const input = await loadInput(sql, advisorId, today);
  return {
    advisorId, advisorName: owner.displayName, ...input,
    absences: input.absences.map((a) => ({ from: a.from, to: a.to, reason: a.reason ?? null })),
    conflicts: findConflicts(owner, input, await liveBookings(sql, advisorId, now), today),
  };
}

function validated(owner: Owner, input: ParsedAvailability, today: string): void {
  const errors = checkAvailability(input, owner, today);
  if (errors.length) throw new ApiProblem(422, 'validation', 'Bitte prüfen Sie die markierten Angaben.', errors);
}

export async function previewAvailability(sql: SqlClient, centreId: string, advisorId: string, input: ParsedAvailability, now: Date, days = 14): Promise<AvailabilityPreview> {
  const owner = await advisorOfCentre(sql, centreId, advisorId);
  const today = localDate(now);
  validated(owner, input, today);
  const bookings = await liveBookings(sql, advisorId, now);
  const absent = absenceDays(input.absences, today);
  const daysOff = new Set([...absent.keys()].map((d) => `${advisorId}|${d}`));
  // All topics at once: the preview shows when the advisor can be booked at all.
  const rules = slotRules(advisorId, input).map((r) => ({ ...r, topics: [] }));
  const slots = freeSlots({ rules, daysOff, taken: [], land: owner.land, now, from: today, days, topic: owner.topics[0] ?? 'sozialberatung' });
  const booked = (s: { startsAt: Date; endsAt: Date }) => bookings.some((b) => b.startsAt < s.endsAt && s.startsAt < b.endsAt);
  return {
    from: today,
    days: Array.from({ length: days }, (_, i) => addDays(today, i)).map((date) => ({
      date,
      holiday: holidayOn(date, owner.land)?.name ?? null,
      absent: absent.has(date),
      slots: slots.filter((s) => localDate(s.startsAt) === date).map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), modes: s.modes, booked: booked(s) })),
    })),
    conflicts: findConflicts(owner, input, bookings, today),
  };
}

/** Replaces the advisor's availability in one transaction and records who changed what. */
export async function saveAvailability(
  sql: SqlClient,
  actor: { accountId: string; displayName: string },
  centreId: string,
  advisorId: string,
  input: ParsedAvailability,
  now: Date,
): Promise<Availability> {
  const owner = await advisorOfCentre(sql, centreId, advisorId);
  const today = localDate(now);
  validated(owner, input, today);
  await sql.transaction(async (tx) => {
    // Taking the advisor row queues concurrent saves and bookings of this advisor.
    await tx.query('select id from advisors where id = $1 for update', [advisorId]);
    const before = await loadInput(tx, advisorId, today);
    await tx.query('delete from availability_rules where advisor_id = $1', [advisorId]);
    for (const r of slotRules(advisorId, input)) {
      await tx.query(
        `insert into availability_rules (advisor_id, weekday, starts_minute, ends_minute, slot_minutes, buffer_minutes, modes, topics, min_notice_hours, max_days_ahead, valid_on)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [advisorId, r.weekday, r.startsMinute, r.endsMinute, r.slotMinutes, r.bufferMinutes, r.modes, r.topics, r.minNoticeHours, r.maxDaysAhead, r.onDate ?? null],
      );
    }
    await tx.query('delete from availability_exceptions where advisor_id = $1 and day >= $2::date', [advisorId, today]);
    for (const [day, reason] of absenceDays(input.absences, today)) {
      await tx.query('insert into availability_exceptions (advisor_id, day, reason) values ($1, $2, $3)', [advisorId, day, reason]);
    }
    const changes = (['rules', 'extraSlots', 'absences', 'minNoticeHours', 'maxDaysAhead'] as const)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]))
      .map((field) => ({ field: `${owner.displayName}: ${field}`, before: before[field], after: input[field] }));
    if (changes.length) await recordAudit(tx, { centreId, accountId: actor.accountId, actor: actor.displayName, area: 'availability', changes }, now);
  });
  return readAvailability(sql, centreId, advisorId, now);
}
