/**
 * Legal parameters as dated data: each value carries the period it is valid for, its source and how
 * reliable that source is (benefits-rules.md conventions), so that a change of law is a data change.
 */

/**
 * - `primary`: statute, ministry or authority page.
 * - `secondary`: news or advice site, or the general-knowledge addendum of benefits-rules.md: usable.
 * - `unverified`: marked UNVERIFIED there. The evaluator never lets such a value make a result "likely".
 */
export type Reliability = 'primary' | 'secondary' | 'unverified';

export interface Dated<T> {
  value: T;
  /** First day the value applies (ISO date). */
  validFrom: string;
  /** Last day the value applies (ISO date), if known. */
  validUntil?: string;
  /** Citation, e.g. "§ 28 SGB XII Anlage; RBSFV 2026 [S1]". */
  source: string;
  reliability: Reliability;
}

export type Series<T> = readonly Dated<T>[];

const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The entry of a series that applies on the given day, if any. */
export function entryAt<T>(series: Series<T>, at: Date): Dated<T> | undefined {
  const day = isoDay(at);
  return series.find((e) => e.validFrom <= day && (e.validUntil === undefined || day <= e.validUntil));
}
