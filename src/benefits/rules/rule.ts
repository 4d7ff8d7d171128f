/** The shape of one benefit's eligibility rule, and small helpers that keep the rule files readable. */
import type { BenefitId } from '../benefit-ids.ts';
import type { Condition, Operator, Requirement } from '../conditions.ts';
import type { CriteriaKey, FactValue } from '../facts.ts';
import type { ParameterId, ResolvedParameters } from '../parameters/index.ts';
import { formatEuro } from '../../i18n/format.ts';

export interface BenefitRule {
  id: BenefitId;
  name: () => string;
  /** Citations of the rule as a whole. */
  legalBasis: readonly string[];
  /** The dated parameters the conditions rest on; their validity bounds the result's. */
  parameters: readonly ParameterId[];
  /** All must hold. */
  requirements: readonly Requirement[];
  /** Why this benefit is never more than "possible" (UNVERIFIED service, discretion, unknowable amount). */
  atMostPossible?: () => string;
  /** Extra hints shown with the result when their condition is met (e.g. which office is responsible). */
  notes?: readonly { when: Condition; label: () => string }[];
}

type Label = (p: ResolvedParameters) => string;

export const condition = (
  criteriaKey: Condition['criteriaKey'],
  operator: Operator,
  acceptableValues: readonly FactValue[],
  label: Label,
  legalBasis: string,
): Condition => ({ criteriaKey, operator, acceptableValues, label, legalBasis });

export const isTrue = (key: CriteriaKey, label: Label, legalBasis: string): Condition => condition(key, 'is', [true], label, legalBasis);
export const isFalse = (key: CriteriaKey, label: Label, legalBasis: string): Condition => condition(key, 'is', [false], label, legalBasis);
export const likely = (benefit: BenefitId, label: Label, legalBasis: string): Condition =>
  condition(`status.${benefit}`, 'likely', ['likely'], label, legalBasis);
export const anyOf = (label: Label, legalBasis: string, ...alternatives: Condition[]): Requirement => ({ anyOf: alternatives, label, legalBasis });

export const euro = (value: number | undefined): string =>
  value === undefined ? '–' : formatEuro(value);
