/**
 * Turns answers into the facts (criteria) the rules test, using the legal parameters valid on the
 * day of evaluation. A fact is unknown (value undefined) where the answers or bands cannot decide it,
 * and marked unverified where it rests on a parameter benefits-rules.md marks UNVERIFIED.
 */
import type { Answers, Household } from './answers.ts';
import { INCOME_BANDS, SAVINGS_BANDS } from './answers.ts';
import type { Range } from './estimate.ts';
import { countedIncome, housingCosts, regelbedarfSumme, surelyBelow } from './estimate.ts';
import type { Dated } from './parameters/dated.ts';
import type { ResolvedParameters } from './parameters/index.ts';
import { altersgrenzeFuer } from './parameters/lebensunterhalt.ts';

export type FactValue = boolean | number | string | readonly string[];

export interface Fact {
  value?: FactValue;
  unverified?: boolean;
}

export const CRITERIA_KEYS = [
  'alter',
  'volljaehrig',
  'alterImSgb2Bereich',
  'altersgrenzeErreicht',
  'erwerbsfaehig',
  'dauerhaftVollErwerbsgemindert',
  'befristetErwerbsgemindert',
  'vorgezogeneAltersrente',
  'aufenthalt',
  'asylblgBerechtigt',
  'analogleistungen',
  'kindergeldBerechtigt',
  'taetigkeit',
  'ausbildungsfoerderungDemGrundeNach',
  'leistungen',
  'beziehtLebensunterhaltsleistung',
  'beziehtBuergergeld',
  'kinder',
  'schulkinder',
  'ohneErwerbsfaehigenPartner',
  'hilfebeduerftig',
  'vermoegenSgb2',
  'vermoegenSgb12',
  'vermoegenWohngeld',
  'vermoegenKiz',
  'vermoegenAsylblg',
  'mieterOderEigentuemer',
  'einkommenImWohngeldBereich',
  'wohngeldKannBedarfBeenden',
  'vorrangigeLeistungenKoennenBedarfBeenden',
  'kizMindesteinkommen',
  'kizDecktBedarf',
  'kizVerbleibt',
  'mietschulden',
  'wohnungGefaehrdet',
  'besondereLebensverhaeltnisse',
  'sozialeSchwierigkeiten',
  'schuldenberatungsbedarf',
  'suchtberatungsbedarf',
  'einkommenKnappUeberBedarf',
  'sucheOderAufnahmeArbeit',
] as const;
export type CriteriaKey = (typeof CRITERIA_KEYS)[number];
export type Facts = Record<CriteriaKey, Fact>;

const known = (value: FactValue | undefined, unverified = false): Fact =>
  value === undefined ? (unverified ? { unverified } : {}) : unverified ? { value, unverified } : { value };
const isUnverified = (...entries: (Dated<unknown> | undefined)[]): boolean => entries.some((e) => e?.reliability === 'unverified');

/** Tri-state over every (birth year, month of age) the whole-year age allows: true/false when all agree. */
function ageReachesLimit(alter: number | undefined, at: Date, p: ResolvedParameters): boolean | undefined {
  const table = p.altersgrenzen?.value;
  if (alter === undefined || !table) return undefined;
  const year = at.getUTCFullYear();
  const outcomes = new Set<boolean>();
  for (const geburtsjahr of [year - alter - 1, year - alter]) {
    const [years, months] = altersgrenzeFuer(table, geburtsjahr);
    const limit = years * 12 + months;
    outcomes.add(alter * 12 >= limit);
    outcomes.add(alter * 12 + 11 >= limit);
  }
  return outcomes.size === 1 ? [...outcomes][0] : undefined;
}

function householdSize(h: Household | undefined): number {
  return h ? 1 + (h.partner ? 1 : 0) + h.kinder.length : 1;
}

/** true: savings surely at or below the limit; false: surely above; undefined: the band straddles it. */
function savingsWithin(answers: Answers, limit: Range | undefined): boolean | undefined {
  if (!answers.vermoegen || !limit) return undefined;
  const [lo, hi] = SAVINGS_BANDS[answers.vermoegen];
  if (hi <= limit.lo) return true;
  if (lo >= limit.hi) return false;
  return undefined;
}

function sgb2Limit(answers: Answers, p: ResolvedParameters, receivesSgb2: boolean): Range | undefined {
  const rule = p.sgb2Vermoegen?.value;
  const h = answers.haushalt;
  const n = householdSize(h);
  if (!rule) return undefined;
  if (rule.kind === 'karenzzeit') {
    const karenz = rule.karenzErstePerson + rule.karenzJedeWeitere * (n - 1);
    // New applicants are in the Karenzzeit; current recipients may be past it.
    return receivesSgb2 ? { lo: rule.freibetragProPerson * n, hi: karenz } : { lo: karenz, hi: karenz };
  }
  const amountAt = (age: number): number => rule.staffel.filter(([from]) => age >= from).at(-1)?.[1] ?? 0;
  const own = answers.alter === undefined ? { lo: amountAt(0), hi: amountAt(120) } : { lo: amountAt(answers.alter), hi: amountAt(answers.alter) };
  const partner = h?.partner ? { lo: amountAt(0), hi: amountAt(120) } : { lo: 0, hi: 0 };
  const children = (h?.kinder ?? []).reduce((sum, k) => sum + amountAt(k.alter), 0);
  return { lo: own.lo + partner.lo + children, hi: own.hi + partner.hi + children };
}

const point = (value: number): Range => ({ lo: value, hi: value });

export function deriveFacts(answers: Answers, at: Date, p: ResolvedParameters): Facts {
  const h = answers.haushalt;
  const kinder = h?.kinder ?? [];
  const leistungen = answers.leistungen ?? [];
  const receives = (...ids: string[]): boolean => ids.some((id) => (leistungen as readonly string[]).includes(id));
  const beziehtBuergergeld = receives('buergergeld');
  const beziehtLebensunterhalt = receives('buergergeld', 'grundsicherung', 'hilfe-zum-lebensunterhalt', 'asylbewerberleistungen');

  // Age and earning capacity (§§ 7, 7a, 8 SGB II; § 41 SGB XII).
  const grenzeErreicht = ageReachesLimit(answers.alter, at, p);
  const alterImSgb2Bereich = answers.alter === undefined ? undefined : answers.alter < 15 ? false : grenzeErreicht === undefined ? undefined : !grenzeErreicht;
  const cap = answers.arbeitsfaehigkeit;
  const finding = answers.erwerbsminderung;
  const erwerbsfaehig = cap === undefined ? undefined : cap === 'ja' || cap === 'nein-kurz';
  const dauerhaft =
    cap === undefined ? undefined : cap !== 'nein-dauerhaft' ? false : finding === 'rente-dauerhaft' || finding === 'werkstatt' ? true : finding === 'rente-befristet' ? false : undefined;
  const befristet =
    cap === undefined ? undefined : cap === 'nein-laenger' ? true : cap !== 'nein-dauerhaft' ? false : finding === 'rente-befristet' ? true : finding === 'nicht-festgestellt' || finding === undefined ? undefined : false;

  // Residence (§ 1 AsylbLG; § 7 Abs. 1 S. 2 SGB II; Ukraine: planned Rechtskreiswechsel).
  const status = answers.aufenthalt;
  const wechsel = p.rechtskreiswechselUkraine;
  let asylbeg: Fact;
  if (status === undefined) asylbeg = {};
  else if (status === 'asylverfahren' || status === 'duldung') asylbeg = known(true);
  else if (status === 'ukraine' && wechsel?.value && answers.ukraineSchutzSeit !== 'vor-april-2025')
    asylbeg = answers.ukraineSchutzSeit === 'ab-april-2025' ? known(wechsel.reliability === 'unverified' ? undefined : true, wechsel.reliability === 'unverified') : {};
  else asylbeg = known(false);
  const wartezeit = p.asylblgWartezeitMonate?.value;
  const analog = asylbeg.value !== true ? known(false) : answers.monateInDeutschland === undefined || wartezeit === undefined ? {} : known(answers.monateInDeutschland >= wartezeit);
  const kindergeldBerechtigt = status === undefined ? undefined : status === 'asylverfahren' ? false : status === 'duldung' ? undefined : true;

  // Need and income (§ 9 SGB II, § 19 SGB XII, §§ 3, 3a AsylbLG).
  const grundleistungen = asylbeg.value === true && analog.value === false;
  const rates = grundleistungen ? p.asylblgBedarfssaetze : p.regelbedarfe;
  const household: Household = h ?? { partner: false, kinder: [] };
  const regelbedarf = rates ? regelbedarfSumme(household, rates.value, grundleistungen ? undefined : p.mehrbedarfAlleinerziehende?.value) : undefined;
  const housing = housingCosts(answers);
  const need: Range | undefined = regelbedarf === undefined ? undefined : { lo: regelbedarf + housing.lo, hi: regelbedarf + housing.hi };
  const income = countedIncome(answers, { kindergeld: p.kindergeld?.value, freibetrag: p.erwerbstaetigenfreibetrag?.value });
  const needUnverified = isUnverified(rates);
  const hilfebeduerftig: Fact = beziehtLebensunterhalt
    ? known(true)
    : need && income
      ? known(surelyBelow(income, need), needUnverified)
      : {};

  // Kinderzuschlag and Wohngeld estimates (§ 6a BKGG; §§ 7, 19 WoGG; § 12a SGB II).
  const kinderMitKindergeld = kinder.length;
  const kizMax = (p.kizHoechstbetrag?.value ?? 0) * kinderMitKindergeld;
  const mieter = answers.wohnen === undefined ? undefined : answers.wohnen === 'miete' || answers.wohnen === 'eigentum' ? true : answers.wohnen === 'einrichtung' ? undefined : false;
  const hoechst = p.wohngeldHoechstbetragVII?.value[householdSize(h) - 1];
  const wohngeldUpper = mieter === false ? 0 : Math.min(housing.hi, hoechst ?? Infinity);
  const mindest = p.kizMindesteinkommen?.value;
  const parentsIncome = answers.einkommen;
  let kizMindest: boolean | undefined;
  if (!mindest || !parentsIncome || kinder.length === 0) kizMindest = kinder.length === 0 ? false : undefined;
  else {
    const threshold = h?.partner ? mindest.paar : mindest.alleinerziehend;
    const nothing = parentsIncome.eigenes === 'kein' && (parentsIncome.partner === undefined || parentsIncome.partner === 'kein');
    // Net at or above the threshold means gross is too; below it, gross may still reach it.
    const netLo = INCOME_BANDS[parentsIncome.eigenes][0] + (parentsIncome.partner ? INCOME_BANDS[parentsIncome.partner][0] : 0);
    kizMindest = nothing ? false : netLo >= threshold ? true : undefined;
  }
  const kizPossible = kinder.length > 0 && kizMindest !== false && kindergeldBerechtigt !== false;
  // Wohngeld never pays more than the housing costs, so income (plus KiZ) must at least cover the Regelbedarf.
  const cover = (extra: number, nonHousing = 0): boolean | undefined => {
    if (!need || !income || regelbedarf === undefined) return undefined;
    if (income.hi + extra < need.lo || income.hi + nonHousing < regelbedarf) return false;
    if (income.lo >= need.hi) return true;
    return undefined;
  };
  const einkommenImWohngeldBereich: boolean | undefined =
    !need || !income || mieter === false
      ? mieter === false ? false : undefined
      : income.hi + wohngeldUpper + (kizPossible ? kizMax : 0) < need.lo || (regelbedarf !== undefined && income.hi + (kizPossible ? kizMax : 0) < regelbedarf)
        ? false
        : income.lo > need.hi + housing.hi
          ? false
          : income.lo >= need.hi ? undefined : true;
  const anrechnung = p.kizAnrechnung?.value;
  const kizVerbleibt: boolean | undefined =
    !need || !income || anrechnung === undefined || kinder.length === 0 ? undefined : income.hi <= need.lo ? true : anrechnung * (income.lo - need.hi) >= kizMax ? false : undefined;
  const kizDecktBedarf: boolean | undefined =
    kinder.length === 0 ? false : !need || !income ? undefined : income.hi + wohngeldUpper + kizMax < need.lo ? false : income.lo + kizMax >= need.hi ? true : undefined;

  // Assets (§ 12 SGB II; § 90 SGB XII; WoGVwV; § 6a BKGG; § 7 AsylbLG).
  const n = householdSize(h);
  const adults = h?.partner ? 2 : 1;
  const s12 = p.sgb12Schonvermoegen;
  const wg = p.wohngeldVermoegen;
  const kv = p.kizVermoegen;
  const av = p.asylblgVermoegenProPerson;

  // Housing emergencies and counselling needs (§ 22 Abs. 8 SGB II, § 36 SGB XII, § 67 SGB XII, § 16a SGB II).
  const probleme = answers.wohnprobleme ?? [];
  const beratung = answers.beratung ?? [];
  const mietschulden = probleme.some((x) => x !== 'keine');
  const gefaehrdet = probleme.some((x) => x === 'kuendigung' || x === 'raeumungsklage' || x === 'energiesperre') ? true : mietschulden ? undefined : false;
  const besondere = answers.wohnen === 'ohne-wohnung' || beratung.some((b) => b === 'wohnungsnot' || b === 'gewalt' || b === 'haftentlassung');
  const schwierig = beratung.length === 0 || (beratung.length === 1 && beratung[0] === 'keine') ? false : undefined;
  const beitrag = p.rundfunkbeitrag;
  // Below the need the certificate is not the route (the benefit is); the contribution's amount only matters above it.
  const knapp: Fact =
    !need || !income
      ? {}
      : income.hi < need.lo
        ? known(false)
        : !beitrag
          ? {}
          : known(income.lo >= need.hi + beitrag.value ? false : undefined, beitrag.reliability === 'unverified');

  return {
    alter: known(answers.alter),
    volljaehrig: known(answers.alter === undefined ? undefined : answers.alter >= 18),
    alterImSgb2Bereich: known(alterImSgb2Bereich),
    altersgrenzeErreicht: known(grenzeErreicht),
    erwerbsfaehig: known(erwerbsfaehig),
    dauerhaftVollErwerbsgemindert: known(dauerhaft),
    befristetErwerbsgemindert: known(befristet),
    vorgezogeneAltersrente: known(receives('altersrente') ? (grenzeErreicht === undefined ? undefined : !grenzeErreicht) : false),
    aufenthalt: known(status),
    asylblgBerechtigt: asylbeg,
    analogleistungen: analog,
    kindergeldBerechtigt: known(kindergeldBerechtigt),
    taetigkeit: known(answers.taetigkeit),
    ausbildungsfoerderungDemGrundeNach: known(answers.taetigkeit === undefined ? undefined : answers.taetigkeit === 'studium' ? true : answers.taetigkeit === 'ausbildung' ? undefined : false),
    leistungen: known(leistungen),
    beziehtLebensunterhaltsleistung: known(beziehtLebensunterhalt),
    beziehtBuergergeld: known(beziehtBuergergeld),
    kinder: known(h ? kinder.length : undefined),
    schulkinder: known(h ? kinder.filter((k) => k.schuleOderKita).length : undefined),
    ohneErwerbsfaehigenPartner: known(h === undefined ? undefined : h.partner ? undefined : true),
    hilfebeduerftig,
    vermoegenSgb2: known(savingsWithin(answers, sgb2Limit(answers, p, beziehtBuergergeld)), isUnverified(p.sgb2Vermoegen)),
    vermoegenSgb12: known(savingsWithin(answers, s12 ? point(s12.value.proErwachsenem * adults + s12.value.proUnterhaltenerPerson * kinder.length) : undefined), isUnverified(s12)),
    vermoegenWohngeld: known(savingsWithin(answers, wg ? point(wg.value.erstePerson + wg.value.jedeWeitere * (n - 1)) : undefined), isUnverified(wg)),
    vermoegenKiz: known(savingsWithin(answers, kv ? point(kv.value.erstePerson + kv.value.jedeWeitere * (n - 1)) : undefined), isUnverified(kv)),
    vermoegenAsylblg: known(savingsWithin(answers, av ? point(av.value * n) : undefined), isUnverified(av)),
    mieterOderEigentuemer: known(mieter),
    einkommenImWohngeldBereich: known(einkommenImWohngeldBereich, needUnverified),
    wohngeldKannBedarfBeenden: known(mieter === false ? false : cover(wohngeldUpper)),
    vorrangigeLeistungenKoennenBedarfBeenden: known(cover((mieter === false ? 0 : wohngeldUpper) + (kizPossible ? kizMax : 0), kizPossible ? kizMax : 0)),
    kizMindesteinkommen: known(kizMindest),
    kizDecktBedarf: known(kizDecktBedarf),
    kizVerbleibt: known(kizVerbleibt),
    mietschulden: known(answers.wohnen === undefined ? undefined : mietschulden),
    wohnungGefaehrdet: known(gefaehrdet),
    besondereLebensverhaeltnisse: known(answers.beratung === undefined && answers.wohnen === undefined ? undefined : besondere),
    sozialeSchwierigkeiten: known(answers.beratung === undefined ? undefined : schwierig),
    schuldenberatungsbedarf: known(beratung.includes('schulden') ? true : mietschulden ? undefined : answers.beratung === undefined ? undefined : false),
    suchtberatungsbedarf: known(answers.beratung === undefined ? undefined : beratung.includes('sucht')),
    einkommenKnappUeberBedarf: knapp,
    sucheOderAufnahmeArbeit: known(answers.taetigkeit === undefined ? undefined : ['arbeitsuchend', 'minijob', 'beschaeftigt', 'selbststaendig'].includes(answers.taetigkeit)),
  };
}

