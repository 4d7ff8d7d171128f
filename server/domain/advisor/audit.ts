/** The audit trail of a centre: who changed what in the profile or availability, and when. */
import type { AuditEntry } from '../../../src/contract/advisor.ts';
import type { SqlClient } from '../../storage/sql.ts';

export interface AuditRecord {
  centreId: string;
  accountId: string;
  actor: string;
  area: AuditEntry['area'];
  changes: AuditEntry['changes'];
}

export async function recordAudit(tx: SqlClient, entry: AuditRecord, now: Date): Promise<void> {
  await tx.query('insert into centre_audit (centre_id, account_id, actor, at, area, changes) values ($1, $2, $3, $4, $5, $6)', [
    entry.centreId, entry.accountId, entry.actor, now.toISOString(), entry.area, JSON.stringify(entry.changes),
  ]);
}

export async function auditTrail(sql: SqlClient, centreId: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await sql.query<{ at: Date; actor: string; area: AuditEntry['area']; changes: AuditEntry['changes'] | string }>(
    'select at, actor, area, changes from centre_audit where centre_id = $1 order by at desc, id desc limit $2',
    [centreId, limit],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actor: r.actor, area: r.area, changes: typeof r.changes === 'string' ? JSON.parse(r.changes) : r.changes }));
}
