/** Parameters of the subsistence benefits (SGB II, SGB XII): Regelbedarfe, Mehrbedarf, Freibetrag, Altersgrenze. */
import type { Series } from './dated.ts';

/** Regelbedarfsstufen 1–6 in € per month (benefits-rules.md 2.1.5 and § 5). */
export interface Regelbedarfe {
  rbs1: number;
  rbs2: number;
  rbs3: number;
  rbs4: number;
  rbs5: number;
  rbs6: number;
}

export const REGELBEDARFE: Series<Regelbedarfe> = [
  {
    value: { rbs1: 502, rbs2: 451, rbs3: 402, rbs4: 420, rbs5: 348, rbs6: 318 },
    validFrom: '2023-01-01',
    validUntil: '2023-12-31',
    source: '§ 28 SGB XII Anlage, Jobcenter Stade [S3]',
    reliability: 'primary',
  },
  {
    // 2025 and 2026 are "Nullrunden": the 2024 amounts continue under § 28a Abs. 5 SGB XII (Besitzschutz).
    // 2027 brings a statutory Neuermittlung without a known value, hence the end date.
    value: { rbs1: 563, rbs2: 506, rbs3: 451, rbs4: 471, rbs5: 390, rbs6: 357 },
    validFrom: '2024-01-01',
    validUntil: '2026-12-31',
    source: '§ 28 SGB XII Anlage, RBSFV 2026 (BGBl. 2025 I Nr. 243) [S1][S3]',
    reliability: 'primary',
  },
];

/** Mehrbedarf für Alleinerziehende as shares of RBS 1 (§ 21 Abs. 3 SGB II, § 30 Abs. 3 SGB XII). */
export interface MehrbedarfAlleinerziehende {
  /** For one child under 7, or for two or three children under 16. */
  basisAnteil: number;
  /** Per child, if that gives more. */
  proKindAnteil: number;
  hoechstAnteil: number;
}

export const MEHRBEDARF_ALLEINERZIEHENDE: Series<MehrbedarfAlleinerziehende> = [
  {
    value: { basisAnteil: 0.36, proKindAnteil: 0.12, hoechstAnteil: 0.6 },
    validFrom: '2005-01-01',
    source: '§ 21 Abs. 3 SGB II, § 30 Abs. 3 SGB XII (benefits-rules.md Addendum 5)',
    reliability: 'secondary',
  },
];

/** Erwerbstätigenfreibetrag (§ 11b Abs. 2, 3 SGB II): tiers of gross earnings and the share that stays free. */
export interface Erwerbstaetigenfreibetrag {
  grundfreibetrag: number;
  /** [up to €, share] applied to the part of earnings above the previous tier. */
  stufen: readonly (readonly [number, number])[];
  /** Upper end of the last tier with a minor child in the household. */
  letzteStufeMitKind: number;
}

export const ERWERBSTAETIGENFREIBETRAG: Series<Erwerbstaetigenfreibetrag> = [
  {
    value: { grundfreibetrag: 100, stufen: [[520, 0.2], [1000, 0.3], [1200, 0.1]], letzteStufeMitKind: 1500 },
    validFrom: '2023-07-01',
    source: '§ 11b Abs. 2, 3 SGB II (benefits-rules.md Addendum 6)',
    reliability: 'secondary',
  },
];

/** Regelaltersgrenze by year of birth: [years, months] (§ 41 Abs. 2 SGB XII; § 7a SGB II uses the same cohorts). */
export type Altersgrenzen = Readonly<Record<number, readonly [number, number]>>;

const ALTERSGRENZEN_TABELLE: Altersgrenzen = {
  1946: [65, 0],
  1947: [65, 1],
  1948: [65, 2],
  1949: [65, 3],
  1950: [65, 4],
  1951: [65, 5],
  1952: [65, 6],
  1953: [65, 7],
  1954: [65, 8],
  1955: [65, 9],
  1956: [65, 10],
  1957: [65, 11],
  1958: [66, 0],
  1959: [66, 2],
  1960: [66, 4],
  1961: [66, 6],
  1962: [66, 8],
  1963: [66, 10],
  1964: [67, 0],
};

export const ALTERSGRENZEN: Series<Altersgrenzen> = [
  {
    // Stand of the source is 22.12.2023; the table itself has applied since the step-wise rise began in 2012.
    value: ALTERSGRENZEN_TABELLE,
    validFrom: '2012-01-01',
    source: '§ 41 Abs. 2 SGB XII (Stand 22.12.2023) [S16]; § 7a SGB II [S15]',
    reliability: 'primary',
  },
];

/** The limit for a year of birth: the table's first row covers everyone older, its last everyone younger. */
export function altersgrenzeFuer(table: Altersgrenzen, geburtsjahr: number): readonly [number, number] {
  const years = Object.keys(table).map(Number).sort((a, b) => a - b);
  const first = years[0] ?? geburtsjahr;
  const last = years[years.length - 1] ?? geburtsjahr;
  const year = Math.min(Math.max(geburtsjahr, first), last);
  return table[year] ?? [67, 0];
}
