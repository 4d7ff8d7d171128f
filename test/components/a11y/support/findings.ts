/**
 * What a check found, and the ledger of findings we could not fix yet (test/components/a11y/
 * known-findings.ts): a known finding passes with a warning, an unknown one fails, and a known one
 * that no longer occurs fails too, so the ledger cannot go stale.
 */

export interface Finding {
  /** Rule in words, e.g. "target-size (serious): …" or "focus indicator contrast below 3:1". */
  rule: string;
  /** Short id to match in the ledger, e.g. "target-size". */
  id: string;
  /** The offending elements, one description each. */
  nodes: string[];
}

export interface KnownFinding {
  widget: string;
  /** State name; a RegExp matches several. Absent: every state. */
  state?: string | RegExp;
  /** Absent: every locale. */
  locale?: string;
  /** Check name as in the test title, e.g. "axe", "reflow at 320 px". */
  check: string;
  /** Finding id, e.g. "color-contrast". */
  id: string;
  /** Why it is not fixed, for the report. */
  reason: string;
}

export interface Where {
  widget: string;
  state: string;
  locale: string;
  check: string;
}

const matches = (k: KnownFinding, w: Where, f: Finding) =>
  k.widget === w.widget &&
  k.check === w.check &&
  k.id === f.id &&
  (k.locale === undefined || k.locale === w.locale) &&
  (k.state === undefined || (typeof k.state === 'string' ? k.state === w.state : k.state.test(w.state)));

export function formatFindings(w: Where, findings: readonly Finding[]): string {
  return [
    `${w.widget} › ${w.state} › ${w.locale} › ${w.check}: ${findings.length} finding(s)`,
    ...findings.flatMap((f) => [
      `  ✗ ${f.rule}`,
      ...f.nodes.slice(0, 12).map((n) => `      ${n}`),
      ...(f.nodes.length > 12 ? [`      … and ${f.nodes.length - 12} more`] : []),
    ]),
  ].join('\n');
}

/** Splits findings into those the ledger knows and new ones; remembers which ledger entries were seen. */
export function sortFindings(ledger: readonly KnownFinding[], seen: Set<KnownFinding>, w: Where, findings: readonly Finding[]) {
  const known: Finding[] = [];
  const fresh: Finding[] = [];
  for (const f of findings) {
    const entry = ledger.find((k) => matches(k, w, f));
    if (entry) {
      seen.add(entry);
      known.push(f);
    } else fresh.push(f);
  }
  return { known, fresh };
}
