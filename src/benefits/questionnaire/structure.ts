/**
 * The questionnaire's structure as data, without its words: order, answer kind, bounds, when a
 * question is shown, and how long it takes. The machine and reachability need only this, so the
 * start page can run the flow while the words (questions.ts), the allowed values (choices.ts) and
 * the validation load with the question pages.
 */
import type { Answers, QuestionId } from '../answers.ts';

/** `household`: partner yes/no plus each child's age and school/Kita (yes/no); `income-band`: own and partner's band. */
export type AnswerKind = 'number' | 'single' | 'multiple' | 'income-band' | 'household';

export interface QuestionShape {
  id: QuestionId;
  kind: AnswerKind;
  bounds?: { min: number; max: number; integer: boolean };
  /** Shown only when this holds for the (reachable) answers so far; always shown without it. */
  visibleIf?: (a: Answers) => boolean;
  /** Typical time to answer, for the estimate shown at the start. */
  seconds: number;
}

const hasHousingCosts = (a: Answers): boolean => a.wohnen === 'miete' || a.wohnen === 'eigentum' || a.wohnen === 'bei-angehoerigen';

/** Order = order asked. */
export const QUESTION_SHAPES: readonly QuestionShape[] = [
  { id: 'alter', kind: 'number', bounds: { min: 0, max: 120, integer: true }, seconds: 10 },
  { id: 'haushalt', kind: 'household', seconds: 40 },
  { id: 'aufenthalt', kind: 'single', seconds: 15 },
  {
    id: 'monateInDeutschland',
    kind: 'number',
    bounds: { min: 0, max: 1440, integer: true },
    visibleIf: (a) => a.aufenthalt === 'asylverfahren' || a.aufenthalt === 'duldung',
    seconds: 15,
  },
  { id: 'ukraineSchutzSeit', kind: 'single', visibleIf: (a) => a.aufenthalt === 'ukraine', seconds: 10 },
  {
    id: 'arbeitsfaehigkeit',
    kind: 'single',
    visibleIf: (a) => a.alter === undefined || (a.alter >= 15 && a.alter < 67),
    seconds: 15,
  },
  {
    id: 'erwerbsminderung',
    kind: 'single',
    visibleIf: (a) => a.arbeitsfaehigkeit === 'nein-laenger' || a.arbeitsfaehigkeit === 'nein-dauerhaft',
    seconds: 15,
  },
  { id: 'taetigkeit', kind: 'single', visibleIf: (a) => a.alter === undefined || a.alter >= 15, seconds: 10 },
  { id: 'einkommen', kind: 'income-band', seconds: 30 },
  { id: 'leistungen', kind: 'multiple', seconds: 15 },
  { id: 'wohnen', kind: 'single', seconds: 10 },
  { id: 'wohnkosten', kind: 'number', bounds: { min: 0, max: 10000, integer: false }, visibleIf: hasHousingCosts, seconds: 20 },
  { id: 'wohnprobleme', kind: 'multiple', visibleIf: (a) => a.wohnen === 'miete' || a.wohnen === 'eigentum', seconds: 15 },
  { id: 'vermoegen', kind: 'single', seconds: 15 },
  { id: 'beratung', kind: 'multiple', seconds: 15 },
];

const BY_ID = new Map(QUESTION_SHAPES.map((q) => [q.id, q]));

/** The structure of the question with this id. */
export function shapeOf(id: QuestionId): QuestionShape {
  const q = BY_ID.get(id);
  if (!q) throw new Error(`Unknown question: ${id}`);
  return q;
}
