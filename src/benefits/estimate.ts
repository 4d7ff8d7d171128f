/**
 * Rough estimates of a household's monthly need and counted income, as ranges in €, from the answers
 * and the dated parameters. Bands make both uncertain; the evaluator turns overlaps into "possible".
 */
import type { Answers, Household } from './answers.ts';
import { INCOME_BANDS } from './answers.ts';
import type { Erwerbstaetigenfreibetrag, MehrbedarfAlleinerziehende, Regelbedarfe } from './parameters/lebensunterhalt.ts';

export interface Range {
  lo: number;
  hi: number;
}

const EARNING_ACTIVITIES = new Set(['beschaeftigt', 'minijob', 'selbststaendig', 'ausbildung']);

/** Regelbedarfsstufe of one child by age (§ 28 SGB XII Anlage; SGB II: adults under 25 at home = RBS 3). */
function childRate(rates: Regelbedarfe, alter: number): number {
  if (alter < 6) return rates.rbs6;
  if (alter < 14) return rates.rbs5;
  if (alter < 18) return rates.rbs4;
  return rates.rbs3;
}

/** § 21 Abs. 3 SGB II: 36 % for one child under 7 or two or three under 16, else 12 % per child, at most 60 %. */
export function mehrbedarfAlleinerziehend(household: Household, rbs1: number, p: MehrbedarfAlleinerziehende): number {
  const minors = household.kinder.filter((k) => k.alter < 18);
  if (household.partner || minors.length === 0) return 0;
  const under7 = minors.filter((k) => k.alter < 7).length;
  const under16 = minors.filter((k) => k.alter < 16).length;
  const basis = under7 >= 1 || (under16 >= 2 && under16 <= 3) ? p.basisAnteil : 0;
  const share = Math.min(Math.max(basis, p.proKindAnteil * minors.length), p.hoechstAnteil);
  return Math.round(rbs1 * share * 100) / 100;
}

/** Sum of the Regelbedarfe (and the single-parent Mehrbedarf) of the whole household. */
export function regelbedarfSumme(household: Household, rates: Regelbedarfe, mehrbedarf: MehrbedarfAlleinerziehende | undefined): number {
  const adults = household.partner ? 2 * rates.rbs2 : rates.rbs1;
  const children = household.kinder.reduce((sum, k) => sum + childRate(rates, k.alter), 0);
  const extra = mehrbedarf ? mehrbedarfAlleinerziehend(household, rates.rbs1, mehrbedarf) : 0;
  return adults + children + extra;
}

/** Housing costs the authorities would look at; unknown costs leave the upper end open. */
export function housingCosts(answers: Answers): Range {
  switch (answers.wohnen) {
    case 'ohne-wohnung':
      return { lo: 0, hi: 0 };
    case 'miete':
    case 'eigentum':
    case 'bei-angehoerigen':
      return answers.wohnkosten === undefined ? { lo: 0, hi: Infinity } : { lo: answers.wohnkosten, hi: answers.wohnkosten };
    default:
      return { lo: 0, hi: Infinity };
  }
}

/** Erwerbstätigenfreibetrag for monthly earnings (§ 11b Abs. 2, 3 SGB II). */
export function freibetrag(earnings: number, withMinorChild: boolean, p: Erwerbstaetigenfreibetrag): number {
  let free = Math.min(earnings, p.grundfreibetrag);
  let lower = p.grundfreibetrag;
  p.stufen.forEach(([upper, share], index) => {
    const top = index === p.stufen.length - 1 && withMinorChild ? p.letzteStufeMitKind : upper;
    free += share * Math.max(0, Math.min(earnings, top) - lower);
    lower = top;
  });
  return free;
}

export interface IncomeParameters {
  kindergeld: number | undefined;
  freibetrag: Erwerbstaetigenfreibetrag | undefined;
}

/**
 * Income the authorities would count: the bands, plus Kindergeld (certain for minors, possible for
 * 18–24-year-olds in education), minus the Erwerbstätigenfreibetrag of anyone who may be earning.
 */
export function countedIncome(answers: Answers, p: IncomeParameters): Range | undefined {
  const income = answers.einkommen;
  if (!income) return undefined;
  const own = INCOME_BANDS[income.eigenes];
  const partner = income.partner ? INCOME_BANDS[income.partner] : ([0, 0] as const);
  const kinder = answers.haushalt?.kinder ?? [];
  const kg = p.kindergeld ?? 0;
  const minors = kinder.filter((k) => k.alter < 18).length;
  const adultsInEducation = kinder.length - minors;
  const withMinorChild = minors > 0;

  let freeLo = 0;
  let freeHi = 0;
  if (p.freibetrag) {
    const max = freibetrag(Infinity, withMinorChild, p.freibetrag);
    if (answers.taetigkeit !== undefined && EARNING_ACTIVITIES.has(answers.taetigkeit) && own[1] > 1) {
      freeLo += freibetrag(own[0], withMinorChild, p.freibetrag);
      freeHi += Math.min(max, freibetrag(own[1], withMinorChild, p.freibetrag));
    } else if (own[1] > 1 && answers.taetigkeit === undefined) {
      freeHi += max;
    }
    // The partner's work is not asked: their Freibetrag may be anything from nothing to the maximum.
    if (partner[1] > 1) freeHi += Math.min(max, freibetrag(partner[1], withMinorChild, p.freibetrag));
  }
  return {
    lo: Math.max(0, own[0] + partner[0] + kg * minors - freeHi),
    hi: Math.max(0, own[1] + partner[1] + kg * (minors + adultsInEducation) - freeLo),
  };
}

/** Compares an income range with a need range: true = surely below, false = surely not below. */
export function surelyBelow(income: Range, need: Range): boolean | undefined {
  if (income.hi < need.lo) return true;
  if (income.lo >= need.hi) return false;
  return undefined;
}
