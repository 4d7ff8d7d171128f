/** The values each choice question (and the income question) may take, in the order shown. */
import type { QuestionId } from '../answers.ts';
import {
  ACTIVITIES,
  COUNSELLING_NEEDS,
  EARNING_CAPACITY_FINDINGS,
  HOUSING_KINDS,
  HOUSING_PROBLEMS,
  INCOME_BAND_IDS,
  RECEIVED_BENEFITS,
  RESIDENCE_STATUSES,
  SAVINGS_BAND_IDS,
  UKRAINE_PROTECTION_SINCE,
  WORK_CAPACITIES,
} from '../answers.ts';

export const CHOICES: Partial<Record<QuestionId, readonly string[]>> = {
  aufenthalt: RESIDENCE_STATUSES,
  ukraineSchutzSeit: UKRAINE_PROTECTION_SINCE,
  arbeitsfaehigkeit: WORK_CAPACITIES,
  erwerbsminderung: EARNING_CAPACITY_FINDINGS,
  taetigkeit: ACTIVITIES,
  einkommen: INCOME_BAND_IDS,
  leistungen: RECEIVED_BENEFITS,
  wohnen: HOUSING_KINDS,
  wohnprobleme: HOUSING_PROBLEMS,
  vermoegen: SAVINGS_BAND_IDS,
  beratung: COUNSELLING_NEEDS,
};
