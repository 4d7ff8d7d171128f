/** All legal parameters by id, and their entries resolved for one day. */
import type { Dated, Series } from './dated.ts';
import { entryAt } from './dated.ts';
import { ALTERSGRENZEN, ERWERBSTAETIGENFREIBETRAG, MEHRBEDARF_ALLEINERZIEHENDE, REGELBEDARFE } from './lebensunterhalt.ts';
import { ASYLBLG_VERMOEGEN_PRO_PERSON, KIZ_VERMOEGEN, SGB12_SCHONVERMOEGEN, SGB2_VERMOEGEN, WOHNGELD_VERMOEGEN } from './vermoegen.ts';
import {
  ASYLBLG_BEDARFSSAETZE,
  ASYLBLG_WARTEZEIT_MONATE,
  KINDERGELD,
  KIZ_ANRECHNUNG,
  KIZ_HOECHSTBETRAG,
  KIZ_MINDESTEINKOMMEN,
  RECHTSKREISWECHSEL_UKRAINE,
  RUNDFUNKBEITRAG,
  WOHNGELD_HOECHSTBETRAG_VII,
} from './familie-wohnen-asyl.ts';

export const PARAMETERS = {
  regelbedarfe: REGELBEDARFE,
  mehrbedarfAlleinerziehende: MEHRBEDARF_ALLEINERZIEHENDE,
  erwerbstaetigenfreibetrag: ERWERBSTAETIGENFREIBETRAG,
  altersgrenzen: ALTERSGRENZEN,
  sgb2Vermoegen: SGB2_VERMOEGEN,
  sgb12Schonvermoegen: SGB12_SCHONVERMOEGEN,
  wohngeldVermoegen: WOHNGELD_VERMOEGEN,
  kizVermoegen: KIZ_VERMOEGEN,
  asylblgVermoegenProPerson: ASYLBLG_VERMOEGEN_PRO_PERSON,
  kindergeld: KINDERGELD,
  kizHoechstbetrag: KIZ_HOECHSTBETRAG,
  kizMindesteinkommen: KIZ_MINDESTEINKOMMEN,
  kizAnrechnung: KIZ_ANRECHNUNG,
  wohngeldHoechstbetragVII: WOHNGELD_HOECHSTBETRAG_VII,
  asylblgWartezeitMonate: ASYLBLG_WARTEZEIT_MONATE,
  asylblgBedarfssaetze: ASYLBLG_BEDARFSSAETZE,
  rechtskreiswechselUkraine: RECHTSKREISWECHSEL_UKRAINE,
  rundfunkbeitrag: RUNDFUNKBEITRAG,
} as const;

type Parameters = typeof PARAMETERS;
export type ParameterId = keyof Parameters;
type ValueOf<S> = S extends Series<infer T> ? T : never;

/** Each parameter's entry for one day; missing where the law's value for that day is not known. */
export type ResolvedParameters = { [K in ParameterId]?: Dated<ValueOf<Parameters[K]>> };

export function parametersAt(at: Date): ResolvedParameters {
  const resolved: Record<string, unknown> = {};
  for (const [id, series] of Object.entries(PARAMETERS)) {
    const entry = entryAt(series as Series<unknown>, at);
    if (entry) resolved[id] = entry;
  }
  return resolved as ResolvedParameters;
}
