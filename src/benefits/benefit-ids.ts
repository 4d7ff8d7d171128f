/** The benefits the evaluator judges: the catalogue's services that have eligibility rules. */
import type { InfoServiceId, LeistungId } from '../catalogue/service-ids.ts';

/** Pflegewohnung and Seniorenpass are local offers without legal facts in benefits-rules.md: no rules. */
export type BenefitId = Exclude<LeistungId, 'pflegewohnung' | 'seniorenpass'> | InfoServiceId;
