/** A booking row as the domain reads it, and the mail facts it yields. */
import type { BookingMode, BookingStatus } from '../../../src/contract/bookings.ts';
import type { Topic } from '../../../src/contract/centres.ts';
import type { SqlClient } from '../../storage/sql.ts';
import type { MailFacts } from '../../mail/templates.ts';

export interface BookingRecord {
  id: string;
  reference: string;
  centreId: string;
  advisorId: string;
  tenant: string | null;
  startsAt: Date;
  endsAt: Date;
  mode: BookingMode;
  topic: Topic;
  status: BookingStatus | 'held';
  confirmBy: Date | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  note: string | null;
  requestHash: string | null;
  contactDeleted: boolean;
  centre: { name: string; street: string; postalCode: string; city: string; phone: string | null; videoRoomUrl: string | null };
}

const COLUMNS = `b.id, b.reference, b.centre_id, b.advisor_id, b.tenant, b.starts_at, b.ends_at, b.mode, b.topic, b.status, b.confirm_by,
  b.name, b.email, b.phone, b.note, b.request_hash, b.contact_deleted_at, c.name as centre_name, c.street, c.postal_code, c.city,
  c.phone as centre_phone, c.video_room_url`;

type Row = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function toRecord(r: Row): BookingRecord {
  return {
    id: String(r.id), reference: String(r.reference), centreId: String(r.centre_id), advisorId: String(r.advisor_id), tenant: str(r.tenant),
    startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string), mode: r.mode as BookingMode, topic: r.topic as Topic,
    status: r.status as BookingRecord['status'], confirmBy: date(r.confirm_by), name: str(r.name), email: str(r.email), phone: str(r.phone),
    note: str(r.note), requestHash: str(r.request_hash), contactDeleted: r.contact_deleted_at !== null && r.contact_deleted_at !== undefined,
    centre: { name: String(r.centre_name), street: String(r.street), postalCode: String(r.postal_code), city: String(r.city), phone: str(r.centre_phone), videoRoomUrl: str(r.video_room_url) },
  };
}

/** `where` over alias b; `lock` adds FOR UPDATE OF b. */
export async function findBooking(sql: SqlClient, where: string, params: unknown[], lock = false): Promise<BookingRecord | null> {
  const rows = await sql.query<Row>(
    `select ${COLUMNS} from bookings b join centres c on c.id = b.centre_id where ${where} ${lock ? 'for update of b' : ''}`,
    params,
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export function mailFacts(b: BookingRecord, manageUrl?: string): MailFacts {
  return {
    name: b.name ?? '', reference: b.reference, startsAt: b.startsAt, endsAt: b.endsAt, mode: b.mode, centreName: b.centre.name,
    address: `${b.centre.street}, ${b.centre.postalCode} ${b.centre.city}`, manageUrl, confirmBy: b.confirmBy ?? undefined,
  };
}

/** The manage page's address; the token sits in the fragment so it never reaches a server log or Referer. */
export const manageUrl = (base: string, token: string): string => `${base.replace(/\/+$/, '')}/portal/termin/verwalten#token=${token}`;
