/** Protected assets (Schonvermögen, Freibeträge) per benefit, dated; amounts in €. */
import type { Series } from './dated.ts';

/** SGB II: during the Karenzzeit only "erhebliches" Vermögen counts (§ 12 Abs. 4 SGB II). */
export interface Sgb2Vermoegen {
  kind: 'karenzzeit';
  karenzErstePerson: number;
  karenzJedeWeitere: number;
  /** After the Karenzzeit: per person of the Bedarfsgemeinschaft. */
  freibetragProPerson: number;
}

/** The reform "Neue Grundsicherung": age-graded Freibetrag per person, no Karenzzeit (draft amounts). */
export interface Sgb2VermoegenReform {
  kind: 'altersgestaffelt';
  /** [from age, amount], ascending. */
  staffel: readonly (readonly [number, number])[];
}

export const SGB2_VERMOEGEN: Series<Sgb2Vermoegen | Sgb2VermoegenReform> = [
  {
    value: { kind: 'karenzzeit', karenzErstePerson: 40000, karenzJedeWeitere: 15000, freibetragProPerson: 15000 },
    validFrom: '2023-01-01',
    validUntil: '2026-06-30',
    source: '§ 12 SGB II; Jobcenter Lichtenfels [S12], Bundesregierung 2023 [S12b]',
    reliability: 'primary',
  },
  {
    // Bundestag 5.3.2026; Bundesrat, promulgation and final amounts are UNVERIFIED (benefits-rules.md 2.1.7).
    value: { kind: 'altersgestaffelt', staffel: [[0, 5000], [21, 10000], [41, 12500], [51, 15000]] },
    validFrom: '2026-07-01',
    source: '§ 12 SGB II-E (Referentenentwurf/Kabinettsentwurf) [S8][S9]',
    reliability: 'unverified',
  },
];

/** SGB XII: kleinere Barbeträge (§ 90 Abs. 2 Nr. 9 SGB XII with DVO § 1). */
export interface Sgb12Schonvermoegen {
  proErwachsenem: number;
  proUnterhaltenerPerson: number;
}

export const SGB12_SCHONVERMOEGEN: Series<Sgb12Schonvermoegen> = [
  {
    value: { proErwachsenem: 5000, proUnterhaltenerPerson: 500 },
    validFrom: '2017-04-01',
    validUntil: '2022-12-31',
    source: '§ 90 Abs. 2 Nr. 9 SGB XII, DVO § 1 [S20]',
    reliability: 'primary',
  },
  {
    value: { proErwachsenem: 10000, proUnterhaltenerPerson: 500 },
    validFrom: '2023-01-01',
    source: '§ 90 Abs. 2 Nr. 9 SGB XII, DVO § 1 (Stand 30.09.2025) [S20]',
    reliability: 'primary',
  },
];

export interface ErstePersonUndWeitere {
  erstePerson: number;
  jedeWeitere: number;
}

/** Wohngeld: no Wohngeld with "erheblichem Vermögen"; the amounts come from the WoGVwV. */
export const WOHNGELD_VERMOEGEN: Series<ErstePersonUndWeitere> = [
  {
    value: { erstePerson: 60000, jedeWeitere: 30000 },
    validFrom: '2023-01-01',
    source: 'WoGVwV (reported) [S26]',
    reliability: 'unverified',
  },
];

/** Kinderzuschlag: reported to follow the SGB II Karenzzeit values. */
export const KIZ_VERMOEGEN: Series<ErstePersonUndWeitere> = [
  {
    value: { erstePerson: 40000, jedeWeitere: 15000 },
    validFrom: '2023-01-01',
    validUntil: '2026-06-30',
    source: '§ 6a BKGG i. V. m. § 12 SGB II (reported) [S27]',
    reliability: 'secondary',
  },
  {
    // After the SGB II reform the KiZ asset rules may change: UNVERIFIED (benefits-rules.md § 7 item 11).
    value: { erstePerson: 40000, jedeWeitere: 15000 },
    validFrom: '2026-07-01',
    source: '§ 6a BKGG (after the SGB II reform) [S27]',
    reliability: 'unverified',
  },
];

/** AsylbLG: 200 € per person are exempt (§ 7 Abs. 5 AsylbLG). */
export const ASYLBLG_VERMOEGEN_PRO_PERSON: Series<number> = [
  {
    value: 200,
    validFrom: '2024-01-01',
    source: '§ 7 Abs. 5 AsylbLG (reported) [S24]',
    reliability: 'secondary',
  },
];
