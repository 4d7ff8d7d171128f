/**
 * The centre's view of its appointments: lists by day range, details with contact data, and the
 * desk's actions (confirm, cancel with a message, done, no-show, internal note). Every query is
 * scoped to the signed-in centre: an id of another centre is simply not found.
 */
import type { AppointmentDetail, AppointmentList, AppointmentStatus, AppointmentSummary } from '../../../src/contract/advisor.ts';
import type { BookingMode } from '../../../src/contract/bookings.ts';
import type { Topic } from '../../../src/contract/centres.ts';
import { addDays, instantOf } from '../../../src/opening-hours/berlin-time.ts';
import { ApiProblem, notFound } from '../../http/problem.ts';
import { bookingMail } from '../../mail/templates.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { findBooking, mailFacts } from '../bookings/records.ts';

export const appointmentGone = () => notFound('Diesen Termin gibt es in Ihrer Beratungsstelle nicht.');

/** Status as the desk shows it: a provisional booking past its confirmation window counts as expired. */
const STATUS_SQL = `case when b.status = 'provisional' and b.confirm_by <= $NOW then 'expired' else b.status end`;

const COLUMNS = `b.id, b.reference, b.starts_at, b.ends_at, ${'{STATUS}'} as status, b.mode, b.topic, b.advisor_id, a.display_name as advisor_name,
  b.name, b.email, b.phone, b.note, b.internal_note, b.cancel_reason, b.cancelled_by, b.created_at`;

type Row = {
  id: string; reference: string; starts_at: Date; ends_at: Date; status: AppointmentStatus; mode: BookingMode; topic: Topic;
  advisor_id: string; advisor_name: string; name: string | null; email: string | null; phone: string | null; note: string | null;
  internal_note: string | null; cancel_reason: string | null; cancelled_by: 'citizen' | 'centre' | null; created_at: Date;
};

const columns = (nowParam: string) => COLUMNS.replace('{STATUS}', STATUS_SQL.replace('$NOW', nowParam));

function summary(r: Row): AppointmentSummary {
  return {
    id: r.id, reference: r.reference, startsAt: new Date(r.starts_at).toISOString(), endsAt: new Date(r.ends_at).toISOString(),
    status: r.status, mode: r.mode, topic: r.topic, advisorId: r.advisor_id, advisorName: r.advisor_name, name: r.name,
    hasInternalNote: Boolean(r.internal_note), createdAt: new Date(r.created_at).toISOString(),
  };
}

function detail(r: Row, now: Date): AppointmentDetail {
  const future = new Date(r.starts_at).getTime() > now.getTime();
  return {
    ...summary(r),
    contact: { name: r.name, email: r.email, phone: r.phone },
    note: r.note,
    internalNote: r.internal_note,
    cancelReason: r.cancel_reason,
    cancelledBy: r.cancelled_by,
    canConfirm: r.status === 'provisional',
    canCancel: (r.status === 'provisional' || r.status === 'confirmed') && future,
    canRecordOutcome: r.status === 'confirmed' && !future,
  };
}

export async function listAppointments(
  sql: SqlClient,
  centreId: string,
  query: { from: string; days: number; status?: AppointmentStatus[] | undefined; advisorId?: string | undefined },
  now: Date,
): Promise<AppointmentList> {
  const from = instantOf(query.from, 0);
  const to = instantOf(addDays(query.from, query.days), 0);
  const rows = await sql.query<Row>(
    `select ${columns('$4')} from bookings b join advisors a on a.id = b.advisor_id
      where b.centre_id = $1 and b.starts_at >= $2 and b.starts_at < $3 and b.status <> 'held'
        and ($5::text is null or b.advisor_id = $5::text)
      order by b.starts_at, b.id`,
    [centreId, from.toISOString(), to.toISOString(), now.toISOString(), query.advisorId ?? null],
  );
  const items = rows.map(summary).filter((s) => !query.status?.length || query.status.includes(s.status));
  return { from: query.from, days: query.days, items };
}

async function row(sql: SqlClient, centreId: string, id: string, now: Date, lock = false): Promise<Row> {
  const rows = await sql.query<Row>(
    `select ${columns('$3')} from bookings b join advisors a on a.id = b.advisor_id
      where b.id = $1 and b.centre_id = $2 and b.status <> 'held' ${lock ? 'for update of b' : ''}`,
    [id, centreId, now.toISOString()],
  );
  if (!rows[0]) throw appointmentGone();
  return rows[0];
}

export async function appointmentDetail(sql: SqlClient, centreId: string, id: string, now: Date): Promise<AppointmentDetail> {
  return detail(await row(sql, centreId, id, now), now);
}

const cannot = (what: string) => new ApiProblem(409, 'conflict', what);

async function queueMail(tx: SqlClient, bookingId: string, to: string, kind: string, subject: string, text: string, now: Date) {
  await tx.query('insert into outbox (booking_id, kind, recipient, subject, body, created_at) values ($1, $2, $3, $4, $5, $6)', [
    bookingId, kind, to, subject, text, now.toISOString(),
  ]);
}

export type AppointmentAction = { kind: 'confirm' } | { kind: 'cancel'; message: string } | { kind: 'done' } | { kind: 'no-show' } | { kind: 'note'; internalNote: string };

/** Runs one desk action in a transaction; mails to the citizen go into the outbox in the same transaction. */
export async function actOnAppointment(sql: SqlClient, centreId: string, id: string, action: AppointmentAction, now: Date): Promise<AppointmentDetail> {
  return sql.transaction(async (tx) => {
    const current = detail(await row(tx, centreId, id, now, true), now);
    const at = now.toISOString();
    switch (action.kind) {
      case 'confirm': {
        if (current.status === 'confirmed') break;
        if (!current.canConfirm) throw cannot('Nur vorläufige Termine können bestätigt werden.');
        await tx.query(`update bookings set status = 'confirmed', confirmed_at = $2 where id = $1`, [id, at]);
        const b = (await findBooking(tx, 'b.id = $1', [id]))!;
        if (b.email) {
          const mail = bookingMail('confirmed', mailFacts(b));
          await queueMail(tx, id, b.email, 'confirmed', mail.subject, mail.text, now);
        }
        break;
      }
      case 'cancel': {
        if (!current.canCancel) throw cannot('Dieser Termin kann nicht mehr abgesagt werden.');
        await tx.query(`update bookings set status = 'cancelled', cancelled_at = $2, cancel_reason = $3, cancelled_by = 'centre' where id = $1`, [id, at, action.message]);
        const b = (await findBooking(tx, 'b.id = $1', [id]))!;
        if (b.email) {
          const mail = bookingMail('cancelled', mailFacts(b));
          const text = mail.text.replace('\n\nSie können jederzeit', `\n\nNachricht der Beratungsstelle:\n${action.message}\n\nSie können jederzeit`);
          await queueMail(tx, id, b.email, 'cancelled', mail.subject, text, now);
        }
        break;
      }
      case 'done':
      case 'no-show':
        if (!current.canRecordOutcome) throw cannot('Erledigt oder nicht erschienen lässt sich erst ab Beginn eines bestätigten Termins eintragen.');
        await tx.query('update bookings set status = $2, outcome_at = $3 where id = $1', [id, action.kind, at]);
        break;
      case 'note':
        await tx.query('update bookings set internal_note = $2 where id = $1', [id, action.internalNote || null]);
        break;
    }
    return detail(await row(tx, centreId, id, now), now);
  });
}
