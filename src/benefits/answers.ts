/**
 * The answers a citizen gives in the benefits check: the one shape shared by the questionnaire,
 * validation and the evaluator. Every field is optional because a question may be unanswered or
 * unreachable. Nothing here ever leaves the browser.
 */

/** Residence status, merged into one question so the typical path stays short. */
export const RESIDENCE_STATUSES = [
  'deutsch',
  'eu-erwerbstaetig',
  'eu-arbeitsuchend',
  'eu-daueraufenthalt',
  'anerkannt',
  'aufenthaltstitel',
  'ukraine',
  'asylverfahren',
  'duldung',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/** § 24 AufenthG holders: the date decides SGB II/XII or (planned) AsylbLG, benefits-rules.md 2.1.7. */
export const UKRAINE_PROTECTION_SINCE = ['vor-april-2025', 'ab-april-2025'] as const;
export type UkraineProtectionSince = (typeof UKRAINE_PROTECTION_SINCE)[number];

/**
 * Ability to work under usual labour-market conditions (§ 8 SGB II). "nein-kurz" (up to 6 months)
 * still counts as erwerbsfähig; "nein-laenger" is the HzL group; "nein-dauerhaft" the GruSi group.
 */
export const WORK_CAPACITIES = ['ja', 'nein-kurz', 'nein-laenger', 'nein-dauerhaft'] as const;
export type WorkCapacity = (typeof WORK_CAPACITIES)[number];

/** Who has found the reduced earning capacity (§ 41 Abs. 3, 3a SGB XII). */
export const EARNING_CAPACITY_FINDINGS = ['rente-dauerhaft', 'rente-befristet', 'werkstatt', 'nicht-festgestellt'] as const;
export type EarningCapacityFinding = (typeof EARNING_CAPACITY_FINDINGS)[number];

export const ACTIVITIES = [
  'beschaeftigt',
  'minijob',
  'selbststaendig',
  'arbeitsuchend',
  'schule',
  'ausbildung',
  'studium',
  'ruhestand',
  'elternzeit-pflege',
  'sonstiges',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Monthly net income bands in €, [from, to). Fine below 2,000 € where the need is decided. */
export const INCOME_BANDS = {
  kein: [0, 1],
  'bis-250': [1, 250],
  '250-500': [250, 500],
  '500-750': [500, 750],
  '750-1000': [750, 1000],
  '1000-1250': [1000, 1250],
  '1250-1500': [1250, 1500],
  '1500-1750': [1500, 1750],
  '1750-2000': [1750, 2000],
  '2000-2500': [2000, 2500],
  '2500-3000': [2500, 3000],
  '3000-4000': [3000, 4000],
  'ueber-4000': [4000, 20000],
} as const satisfies Record<string, readonly [number, number]>;
export type IncomeBand = keyof typeof INCOME_BANDS;
export const INCOME_BAND_IDS = Object.keys(INCOME_BANDS) as IncomeBand[];

/** Savings of the whole household in €, [from, to); edges sit on the protected amounts of 2.1.4 and 2.2.3. */
export const SAVINGS_BANDS = {
  'unter-200': [0, 200],
  '200-5000': [200, 5000],
  '5000-10000': [5000, 10000],
  '10000-15000': [10000, 15000],
  '15000-40000': [15000, 40000],
  '40000-60000': [40000, 60000],
  'ueber-60000': [60000, 10_000_000],
} as const satisfies Record<string, readonly [number, number]>;
export type SavingsBand = keyof typeof SAVINGS_BANDS;
export const SAVINGS_BAND_IDS = Object.keys(SAVINGS_BANDS) as SavingsBand[];

export const RECEIVED_BENEFITS = [
  'buergergeld',
  'grundsicherung',
  'hilfe-zum-lebensunterhalt',
  'asylbewerberleistungen',
  'wohngeld',
  'kinderzuschlag',
  'altersrente',
  'erwerbsminderungsrente',
  'arbeitslosengeld',
  'bafoeg',
  'keine',
] as const;
export type ReceivedBenefit = (typeof RECEIVED_BENEFITS)[number];

export const HOUSING_KINDS = ['miete', 'eigentum', 'bei-angehoerigen', 'einrichtung', 'ohne-wohnung'] as const;
export type HousingKind = (typeof HOUSING_KINDS)[number];

export const HOUSING_PROBLEMS = ['mietschulden', 'kuendigung', 'raeumungsklage', 'energiesperre', 'keine'] as const;
export type HousingProblem = (typeof HOUSING_PROBLEMS)[number];

export const COUNSELLING_NEEDS = ['schulden', 'sucht', 'wohnungsnot', 'gewalt', 'haftentlassung', 'andere-schwierigkeiten', 'keine'] as const;
export type CounsellingNeed = (typeof COUNSELLING_NEEDS)[number];

export interface Child {
  /** Age in whole years. */
  alter: number;
  /** Goes to a general or vocational school, or to a Kita (BuT, benefits-rules.md 2.4.3). */
  schuleOderKita: boolean;
}

export interface Household {
  /** Lives with a spouse or partner (Ehe, Lebenspartnerschaft, eheähnliche Gemeinschaft). */
  partner: boolean;
  /** Unmarried children under 25 living in the household. */
  kinder: Child[];
}

export interface Income {
  /** Own monthly net income, without Kindergeld and without Bürgergeld, Sozialhilfe, Wohngeld or Kinderzuschlag. */
  eigenes: IncomeBand;
  /** The partner's, only when there is one. */
  partner?: IncomeBand;
}

export interface Answers {
  alter?: number;
  haushalt?: Household;
  aufenthalt?: ResidenceStatus;
  monateInDeutschland?: number;
  ukraineSchutzSeit?: UkraineProtectionSince;
  arbeitsfaehigkeit?: WorkCapacity;
  erwerbsminderung?: EarningCapacityFinding;
  taetigkeit?: Activity;
  einkommen?: Income;
  leistungen?: ReceivedBenefit[];
  wohnen?: HousingKind;
  /** Monthly housing costs including heating (warm), in €. */
  wohnkosten?: number;
  wohnprobleme?: HousingProblem[];
  vermoegen?: SavingsBand;
  beratung?: CounsellingNeed[];
}

export type QuestionId = keyof Answers;
