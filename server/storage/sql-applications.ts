/** Storage of online applications (ciphertext + metadata) over SQL, for PGlite and PostgreSQL. */
import type { SqlClient } from './sql.ts';

export interface ApplicationRecord {
  reference: string;
  tenant: string;
  service: string;
  formId: string;
  definitionVersion: string;
  idempotencyKey: string;
  ciphertext: string | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
}

export interface ApplicationStore {
  /** Inserts unless (tenant, key) exists; returns the stored record either way and whether it is new. */
  insertOnce(record: Omit<ApplicationRecord, 'acknowledgedAt'>): Promise<{ record: ApplicationRecord; created: boolean }>;
  get(reference: string): Promise<ApplicationRecord | null>;
  /** Deletes the ciphertext and notes the acknowledgement; null when the reference is unknown. */
  acknowledge(reference: string, at: Date): Promise<ApplicationRecord | null>;
  /** Deletes the ciphertext of every application received before `before`; returns how many. */
  purgeBefore(before: Date, at: Date): Promise<number>;
}

interface Row {
  reference: string;
  tenant: string;
  service: string;
  form_id: string;
  definition_version: string;
  idempotency_key: string;
  ciphertext: string | null;
  received_at: Date | string;
  acknowledged_at: Date | string | null;
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

const toRecord = (row: Row): ApplicationRecord => ({
  reference: row.reference,
  tenant: row.tenant,
  service: row.service,
  formId: row.form_id,
  definitionVersion: row.definition_version,
  idempotencyKey: row.idempotency_key,
  ciphertext: row.ciphertext,
  receivedAt: toDate(row.received_at),
  acknowledgedAt: row.acknowledged_at === null ? null : toDate(row.acknowledged_at),
});

const COLUMNS = 'reference, tenant, service, form_id, definition_version, idempotency_key, ciphertext, received_at, acknowledged_at';

export function sqlApplicationStore(sql: SqlClient): ApplicationStore {
  return {
    async insertOnce(r) {
      const inserted = await sql.query<Row>(
        `insert into applications (reference, tenant, service, form_id, definition_version, idempotency_key, ciphertext, received_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (tenant, idempotency_key) do nothing
         returning ${COLUMNS}`,
        [r.reference, r.tenant, r.service, r.formId, r.definitionVersion, r.idempotencyKey, r.ciphertext, r.receivedAt.toISOString()],
      );
      if (inserted[0]) return { record: toRecord(inserted[0]), created: true };
      const existing = await sql.query<Row>(`select ${COLUMNS} from applications where tenant = $1 and idempotency_key = $2`, [r.tenant, r.idempotencyKey]);
      return { record: toRecord(existing[0]!), created: false };
    },
    async get(reference) {
      const rows = await sql.query<Row>(`select ${COLUMNS} from applications where reference = $1`, [reference]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async acknowledge(reference, at) {
      const rows = await sql.query<Row>(
        `update applications set ciphertext = null, acknowledged_at = coalesce(acknowledged_at, $2)
          where reference = $1 returning ${COLUMNS}`,
        [reference, at.toISOString()],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async purgeBefore(before, at) {
      const rows = await sql.query<{ reference: string }>(
        `update applications set ciphertext = null, purged_at = $2
          where ciphertext is not null and received_at < $1 returning reference`,
        [before.toISOString(), at.toISOString()],
      );
      return rows.length;
    },
  };
}
