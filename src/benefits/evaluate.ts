/**
 * The evaluator: for each benefit, likely / possible / unlikely, with the conditions met, not met
 * and unknown (in plain German) and the priority rules that applied. Pure: answers and a date in,
 * results out; no network, no storage. Call it again after a language switch to re-translate.
 */
import { msg } from '@lit/localize';
import type { Answers } from './answers.ts';
import type { BenefitId } from './benefit-ids.ts';
import type { Checked, EligibilityStatus, Outcome, Requirement, Statuses } from './conditions.ts';
import { checkCondition, checkRequirement, usesStatus } from './conditions.ts';
import type { Facts } from './facts.ts';
import { deriveFacts } from './facts.ts';
import type { Reliability } from './parameters/dated.ts';
import type { ParameterId, ResolvedParameters } from './parameters/index.ts';
import { parametersAt } from './parameters/index.ts';
import type { PrecedenceRule } from './precedence.ts';
import { PRECEDENCE_RULES } from './precedence.ts';
import type { BenefitRule } from './rules/index.ts';
import { BENEFIT_RULES } from './rules/index.ts';

export type { EligibilityStatus } from './conditions.ts';

export interface ConditionResult {
  /** The criterion tested; alternatives are joined with "|". */
  criteriaKey: string;
  label: string;
  legalBasis: string;
  outcome: Outcome;
  /** The outcome rests on a value benefits-rules.md marks UNVERIFIED. */
  unverified: boolean;
}

export interface AppliedPrecedence {
  ruleId: string;
  label: string;
  legalBasis: string;
  /** `excluded`: the benefit gives way; `uncertain`: it may give way, so it is at most possible. */
  effect: 'excluded' | 'uncertain';
}

export interface UsedParameter {
  id: ParameterId;
  validFrom: string;
  validUntil?: string;
  source: string;
  reliability: Reliability;
}

export interface EligibilityResult {
  benefit: BenefitId;
  name: string;
  status: EligibilityStatus;
  met: ConditionResult[];
  notMet: ConditionResult[];
  unknown: ConditionResult[];
  /** Priority rules that lowered this benefit, in the order applied. */
  precedence: AppliedPrecedence[];
  /** Why the result is not more certain (UNVERIFIED facts, discretion, unknowable amounts). */
  cautions: string[];
  notes: string[];
  legalBasis: readonly string[];
  /** The dated parameters used for the day of evaluation, with their validity and source. */
  parameters: UsedParameter[];
}

export interface EvaluateOptions {
  /** The day whose law applies. */
  at: Date;
}

const RANK: Record<EligibilityStatus, number> = { unlikely: 0, possible: 1, likely: 2 };
const atMost = (status: EligibilityStatus, cap: EligibilityStatus): EligibilityStatus => (RANK[status] > RANK[cap] ? cap : status);

const unverifiedCaution = (): string =>
  msg('Ein Teil der Regeln oder Beträge ist noch nicht amtlich bestätigt; deshalb sagen wir hier nur „möglich“.', { id: 'benefits.caution.unverified' });

function requirementLabel(r: Requirement, p: ResolvedParameters): { criteriaKey: string; label: string; legalBasis: string } {
  const criteriaKey = 'anyOf' in r ? r.anyOf.map((c) => c.criteriaKey).join('|') : r.criteriaKey;
  return { criteriaKey, label: r.label(p), legalBasis: r.legalBasis };
}

function judge(rule: BenefitRule, facts: Facts, statuses: Statuses, p: ResolvedParameters): EligibilityResult {
  const met: ConditionResult[] = [];
  const notMet: ConditionResult[] = [];
  const unknown: ConditionResult[] = [];
  let unverifiedMet = false;
  for (const r of rule.requirements) {
    const checked: Checked = checkRequirement(r, facts, statuses);
    const entry: ConditionResult = { ...requirementLabel(r, p), outcome: checked.outcome, unverified: checked.unverified };
    if (checked.outcome === 'met') {
      met.push(entry);
      unverifiedMet ||= checked.unverified;
    } else if (checked.outcome === 'unmet') notMet.push(entry);
    else unknown.push(entry);
  }
  let status: EligibilityStatus = notMet.length > 0 ? 'unlikely' : unknown.length > 0 ? 'possible' : 'likely';
  const cautions: string[] = [];
  if (rule.atMostPossible && status !== 'unlikely') cautions.push(rule.atMostPossible());
  if (rule.atMostPossible) status = atMost(status, 'possible');
  if (unverifiedMet || unknown.some((u) => u.unverified)) {
    cautions.push(unverifiedCaution());
    status = atMost(status, 'possible');
  }
  const parameters: UsedParameter[] = rule.parameters.flatMap((id) => {
    const e = p[id];
    if (!e) return [];
    const used: UsedParameter = { id, validFrom: e.validFrom, source: e.source, reliability: e.reliability };
    if (e.validUntil !== undefined) used.validUntil = e.validUntil;
    return [used];
  });
  return { benefit: rule.id, name: rule.name(), status, met, notMet, unknown, precedence: [], cautions, notes: [], legalBasis: rule.legalBasis, parameters };
}

/** met when the rule surely applies, unknown when it may, unmet when it does not. */
function trigger(rule: PrecedenceRule, facts: Facts, statuses: Statuses): Outcome {
  const outcomes: Outcome[] = (rule.when ?? []).map((c) => checkCondition(c, facts, statuses).outcome);
  if (rule.prevailing) {
    const best = Math.max(...rule.prevailing.map((id) => RANK[statuses[id] ?? 'unlikely']));
    outcomes.push(best === 2 ? 'met' : best === 1 ? 'unknown' : 'unmet');
  }
  if (outcomes.includes('unmet')) return 'unmet';
  return outcomes.includes('unknown') ? 'unknown' : 'met';
}

function applyPrecedence(results: Map<BenefitId, EligibilityResult>, facts: Facts, yieldingIn: ReadonlySet<BenefitId>): void {
  for (const rule of PRECEDENCE_RULES) {
    const statuses = statusesOf(results);
    const outcome = trigger(rule, facts, statuses);
    if (outcome === 'unmet') continue;
    for (const id of rule.yielding) {
      const result = results.get(id);
      if (!result || !yieldingIn.has(id) || result.status === 'unlikely') continue;
      // Recorded even when the status is already "possible": the citizen should see which rule may decide.
      const excluded = outcome === 'met' && rule.effect === 'exclude';
      result.status = excluded ? 'unlikely' : atMost(result.status, 'possible');
      result.precedence.push({ ruleId: rule.id, label: rule.label(), legalBasis: rule.legalBasis, effect: excluded ? 'excluded' : 'uncertain' });
    }
  }
}

function statusesOf(results: Map<BenefitId, EligibilityResult>): Statuses {
  const statuses: Statuses = {};
  for (const [id, r] of results) statuses[id] = r.status;
  return statuses;
}

/** Judges every benefit for the given answers under the law of `options.at`. */
export function evaluate(answers: Answers, options: EvaluateOptions): EligibilityResult[] {
  const p = parametersAt(options.at);
  const facts = deriveFacts(answers, options.at, p);
  const results = new Map<BenefitId, EligibilityResult>();
  // First the benefits that depend only on facts, then those that follow another benefit's status.
  const first = BENEFIT_RULES.filter((r) => !r.requirements.some(usesStatus));
  const second = BENEFIT_RULES.filter((r) => r.requirements.some(usesStatus));
  for (const rule of first) results.set(rule.id, judge(rule, facts, {}, p));
  applyPrecedence(results, facts, new Set(first.map((r) => r.id)));
  for (const rule of second) results.set(rule.id, judge(rule, facts, statusesOf(results), p));
  applyPrecedence(results, facts, new Set(second.map((r) => r.id)));
  const finalStatuses = statusesOf(results);
  for (const rule of BENEFIT_RULES) {
    const result = results.get(rule.id);
    if (!result) continue;
    result.notes = (rule.notes ?? []).filter((n) => checkCondition(n.when, facts, finalStatuses).outcome === 'met').map((n) => n.label());
  }
  return BENEFIT_RULES.map((r) => results.get(r.id)).filter((r): r is EligibilityResult => r !== undefined);
}
