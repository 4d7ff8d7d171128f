/** Parameters of Kinderzuschlag, Kindergeld, Wohngeld, AsylbLG and the Rundfunkbeitrag, dated; amounts in €. */
import type { Series } from './dated.ts';
import type { Regelbedarfe } from './lebensunterhalt.ts';

export const KINDERGELD: Series<number> = [
  { value: 250, validFrom: '2023-01-01', validUntil: '2024-12-31', source: '§ 66 EStG [S27]', reliability: 'secondary' },
  { value: 255, validFrom: '2025-01-01', validUntil: '2025-12-31', source: '§ 66 EStG [S27]', reliability: 'secondary' },
  { value: 259, validFrom: '2026-01-01', source: '§ 66 EStG [S27]', reliability: 'secondary' },
];

export const KIZ_HOECHSTBETRAG: Series<number> = [
  { value: 292, validFrom: '2024-01-01', validUntil: '2024-12-31', source: '§ 6a Abs. 2 BKGG [S27]', reliability: 'secondary' },
  // 2026 unchanged according to several secondary sources; no Familienkasse confirmation found.
  { value: 297, validFrom: '2025-01-01', validUntil: '2026-12-31', source: '§ 6a Abs. 2 BKGG [S27]', reliability: 'secondary' },
];

/** Mindesteinkommen: parents' gross income per month (§ 6a Abs. 1 Nr. 2 BKGG). */
export interface KizMindesteinkommen {
  paar: number;
  alleinerziehend: number;
}

export const KIZ_MINDESTEINKOMMEN: Series<KizMindesteinkommen> = [
  // Confirmed for 2025/2026; the start date of these amounts is UNVERIFIED, so older days have no value.
  { value: { paar: 900, alleinerziehend: 600 }, validFrom: '2025-01-01', validUntil: '2026-12-31', source: '§ 6a Abs. 1 Nr. 2 BKGG [S27]', reliability: 'primary' },
];

/** Share of the parents' income above their own need by which KiZ is reduced (§ 6a Abs. 6 BKGG). */
export const KIZ_ANRECHNUNG: Series<number> = [
  { value: 0.45, validFrom: '2019-07-01', source: '§ 6a Abs. 6 BKGG [S27]', reliability: 'primary' },
];

/** Höchstbeträge for rent in Mietenstufe VII by household size 1–4 (Anlage 1 WoGG); 5+ is UNVERIFIED. */
export const WOHNGELD_HOECHSTBETRAG_VII: Series<readonly number[]> = [
  { value: [677, 820, 975, 1139], validFrom: '2025-01-01', validUntil: '2026-12-31', source: 'Anlage 1 WoGG [S26]', reliability: 'secondary' },
];

/** Months of stay after which AsylbLG benefits follow SGB XII (§ 2 AsylbLG, Analogleistungen). */
export const ASYLBLG_WARTEZEIT_MONATE: Series<number> = [
  { value: 18, validFrom: '2015-03-01', validUntil: '2023-12-31', source: '§ 2 Abs. 1 AsylbLG (old) [S24]', reliability: 'secondary' },
  // In force "since 2024" (Rückführungsverbesserungsgesetz); the exact day is UNVERIFIED, the 36 months are not.
  { value: 36, validFrom: '2024-01-01', source: '§ 2 Abs. 1 AsylbLG [S24]', reliability: 'primary' },
];

/** Grundleistungen (§§ 3, 3a AsylbLG) by Bedarfsstufe, same shape as the Regelbedarfe. */
export const ASYLBLG_BEDARFSSAETZE: Series<Regelbedarfe> = [
  // Bedarfsstufen 4–6 for 2025 are UNVERIFIED; 2026's are used as the closest known values.
  { value: { rbs1: 441, rbs2: 397, rbs3: 353, rbs4: 405, rbs5: 337, rbs6: 309 }, validFrom: '2025-01-01', validUntil: '2025-12-31', source: '§ 3a AsylbLG, BGBl. 29.10.2024 [S24]', reliability: 'unverified' },
  { value: { rbs1: 455, rbs2: 409, rbs3: 365, rbs4: 405, rbs5: 337, rbs6: 309 }, validFrom: '2026-01-01', source: '§ 3a AsylbLG, BGBl. 2025 I Nr. 251 [S24]', reliability: 'primary' },
];

/** Planned move of Ukrainians (§ 24 AufenthG, arrival after 31.3.2025) from SGB II/XII to the AsylbLG. */
export const RECHTSKREISWECHSEL_UKRAINE: Series<boolean> = [
  { value: true, validFrom: '2026-07-01', source: 'Leistungsrechtsanpassungsgesetz (Kabinett 19.11.2025) [S25]', reliability: 'unverified' },
];

/** Monthly Rundfunkbeitrag: a Härtefall exists if income exceeds the need by less than this (§ 4 Abs. 6 RBStV). */
export const RUNDFUNKBEITRAG: Series<number> = [
  { value: 18.36, validFrom: '2021-08-01', validUntil: '2025-12-31', source: 'RBStV [S32]', reliability: 'secondary' },
  { value: 18.36, validFrom: '2026-01-01', source: 'RBStV (amount for 2026 UNVERIFIED) [S32]', reliability: 'unverified' },
];
