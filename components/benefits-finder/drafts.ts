/**
 * What the citizen is typing on the current question page, as raw form values, and how it becomes
 * an answer. Numbers stay strings while typed, so "1.200" or "4a" are never silently lost: the
 * validator gets a value it can name as wrong.
 */
import type { Answers, Child, Household, Income, IncomeBand, QuestionId } from '../../src/benefits/answers.ts';
import { shapeOf } from '../../src/benefits/questionnaire/structure.ts';

export interface HouseholdDraft {
  partner: string[];
  count: string;
  kinder: { alter: string; schuleOderKita: boolean }[];
}

export interface IncomeDraft {
  eigenes: string[];
  partner: string[];
}

export type Draft = string | string[] | HouseholdDraft | IncomeDraft;

/** "1.200,50" → 1200.5, "" → undefined, anything else that is not a number → NaN. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/\s|€/g, '');
  if (!text) return undefined;
  // German notation: dots group thousands, a comma marks decimals.
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

export const numberDraft = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

export const choiceDraft = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

export function householdDraft(value: Household | undefined): HouseholdDraft {
  if (!value) return { partner: [], count: '0', kinder: [] };
  return {
    partner: [value.partner ? 'ja' : 'nein'],
    count: String(value.kinder.length),
    kinder: value.kinder.map((k) => ({ alter: numberDraft(k.alter), schuleOderKita: k.schuleOderKita })),
  };
}

/** Keeps the child rows in step with the number typed, without losing ages already entered. */
export function resizeChildren(draft: HouseholdDraft, count: string): HouseholdDraft {
  const n = parseNumber(count);
  const size = n !== undefined && Number.isInteger(n) && n >= 0 && n <= 15 ? n : draft.kinder.length;
  const kinder = Array.from({ length: size }, (_, i) => draft.kinder[i] ?? { alter: '', schuleOderKita: false });
  return { ...draft, count, kinder };
}

/**
 * Parse failures in a household become NaN ages, which the validator reports per child. A count the
 * child rows could not follow (more than 15, not a number) is passed on so the validator names it.
 */
export function householdAnswer(draft: HouseholdDraft): Household | undefined {
  if (!draft.partner.length) return undefined;
  const partner = draft.partner[0] === 'ja';
  const n = parseNumber(draft.count) ?? 0;
  if (!Number.isInteger(n) || n < 0) return { partner, kinder: undefined as unknown as Child[] };
  const rows = n > draft.kinder.length ? [...draft.kinder, ...Array.from({ length: n - draft.kinder.length }, () => ({ alter: '', schuleOderKita: false }))] : draft.kinder;
  const kinder: Child[] = rows.map((k) => ({ alter: parseNumber(k.alter) ?? Number.NaN, schuleOderKita: k.schuleOderKita }));
  return { partner, kinder };
}

export function incomeDraft(value: Income | undefined): IncomeDraft {
  return { eigenes: value ? [value.eigenes] : [], partner: value?.partner ? [value.partner] : [] };
}

export function incomeAnswer(draft: IncomeDraft, hasPartner: boolean): Income | undefined {
  const eigenes = draft.eigenes[0] as IncomeBand | undefined;
  if (!eigenes) return undefined;
  const partner = hasPartner ? (draft.partner[0] as IncomeBand | undefined) : undefined;
  return partner ? { eigenes, partner } : { eigenes };
}

/** The draft of question `id`, from the answers given so far. */
export function draftOf(id: QuestionId, answers: Answers): Draft {
  const kind = shapeOf(id).kind;
  if (kind === 'number') return numberDraft(answers[id]);
  if (kind === 'household') return householdDraft(answers.haushalt);
  if (kind === 'income-band') return incomeDraft(answers.einkommen);
  return choiceDraft(answers[id]);
}

/** The answer a draft of question `id` stands for; what cannot be parsed stays visible to validation. */
export function answerOf(id: QuestionId, draft: Draft, answers: Answers): unknown {
  switch (shapeOf(id).kind) {
    case 'number':
      return parseNumber(draft as string);
    case 'single':
      return (draft as string[])[0];
    case 'multiple':
      return (draft as string[]).length ? draft : undefined;
    case 'household':
      return householdAnswer(draft as HouseholdDraft);
    case 'income-band':
      return incomeAnswer(draft as IncomeDraft, answers.haushalt?.partner ?? false);
  }
}
