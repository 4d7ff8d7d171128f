/**
 * Machine conditions in the style of a benefit finder's criteria: a criteriaKey, an operator and the
 * acceptable values, each with a plain-German label and its §. `check` gives met / unmet / unknown.
 */
import type { BenefitId } from './benefit-ids.ts';
import type { CriteriaKey, Facts, FactValue } from './facts.ts';
import type { ResolvedParameters } from './parameters/index.ts';

export type Operator = 'is' | 'in' | 'notIn' | 'gte' | 'includesAny' | 'includesNone' | 'likely';
export type Outcome = 'met' | 'unmet' | 'unknown';
export type EligibilityStatus = 'likely' | 'possible' | 'unlikely';

/** A status of another benefit used as a criterion, e.g. BuT follows its parent benefit. */
export type StatusKey = `status.${BenefitId}`;

export interface Condition {
  criteriaKey: CriteriaKey | StatusKey;
  operator: Operator;
  acceptableValues: readonly FactValue[];
  /** The condition in plain German, phrased so it reads as met or not met ("Sie können …"). */
  label: (p: ResolvedParameters) => string;
  /** Paragraph, e.g. "§ 8 SGB II". */
  legalBasis: string;
}

/** Alternatives: met if one is met (e.g. GruSi: age limit reached OR permanently unable to work). */
export interface AnyOf {
  anyOf: readonly Condition[];
  label: (p: ResolvedParameters) => string;
  legalBasis: string;
}

export type Requirement = Condition | AnyOf;

export interface Checked {
  outcome: Outcome;
  /** The outcome rests on a value benefits-rules.md marks UNVERIFIED. */
  unverified: boolean;
}

export type Statuses = Partial<Record<BenefitId, EligibilityStatus>>;

function compare(operator: Operator, value: FactValue, acceptable: readonly FactValue[]): boolean {
  switch (operator) {
    case 'is':
    case 'in':
      return acceptable.includes(value);
    case 'notIn':
      return !acceptable.includes(value);
    case 'gte':
      return typeof value === 'number' && typeof acceptable[0] === 'number' && value >= acceptable[0];
    case 'includesAny':
      return Array.isArray(value) && value.some((v: string) => acceptable.includes(v));
    case 'includesNone':
      return Array.isArray(value) && !value.some((v: string) => acceptable.includes(v));
    case 'likely':
      return value === 'likely';
  }
}

export function checkCondition(c: Condition, facts: Facts, statuses: Statuses): Checked {
  if (c.criteriaKey.startsWith('status.')) {
    const status = statuses[c.criteriaKey.slice('status.'.length) as BenefitId];
    return { outcome: status === 'likely' ? 'met' : status === 'possible' ? 'unknown' : 'unmet', unverified: false };
  }
  const fact = facts[c.criteriaKey as CriteriaKey];
  const unverified = fact.unverified === true;
  if (fact.value === undefined) return { outcome: 'unknown', unverified };
  const met = compare(c.operator, fact.value, c.acceptableValues);
  // An UNVERIFIED value may never exclude: its "not met" only makes the result uncertain.
  return { outcome: met ? 'met' : unverified ? 'unknown' : 'unmet', unverified };
}

export function checkRequirement(r: Requirement, facts: Facts, statuses: Statuses): Checked {
  if (!('anyOf' in r)) return checkCondition(r, facts, statuses);
  const results = r.anyOf.map((c) => checkCondition(c, facts, statuses));
  const met = results.find((x) => x.outcome === 'met' && !x.unverified) ?? results.find((x) => x.outcome === 'met');
  if (met) return met;
  if (results.some((x) => x.outcome === 'unknown')) return { outcome: 'unknown', unverified: results.some((x) => x.unverified) };
  return { outcome: 'unmet', unverified: false };
}

export const usesStatus = (r: Requirement): boolean =>
  'anyOf' in r ? r.anyOf.some(usesStatus) : r.criteriaKey.startsWith('status.');
