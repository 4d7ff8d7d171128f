/**
 * Keeps the objects of centres that came back unchanged in a new answer (a wider radius or another
 * filter mostly returns the same nearest centres). The result list is keyed by id and the cards are
 * guarded by object identity, so a kept object costs no template work and no DOM change.
 */
import type { CentreSummary } from '../../src/contract/centres.ts';

/** Equal as JSON values (what an API answer consists of); walks without allocating, unlike comparing JSON text. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (Object.hasOwn(y, key)) keys--;
  return keys === 0;
}

export function reuseUnchanged(previous: readonly CentreSummary[] | undefined, next: CentreSummary[]): CentreSummary[] {
  if (!previous?.length) return next;
  return next.map((c) => previous.find((old) => old.id === c.id && sameJson(old, c)) ?? c);
}
