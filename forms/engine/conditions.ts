/** Evaluates the conditions of a definition over the answers (pure). */
import type { Answer, Answers, Condition } from './types.ts';

const values = (answer: Answer | undefined): string[] =>
  typeof answer === 'string' ? (answer ? [answer] : []) : Array.isArray(answer) ? answer.filter((v): v is string => typeof v === 'string') : [];

export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const given = values(answers[condition.field]);
  if ('equals' in condition) return given.includes(condition.equals);
  if ('oneOf' in condition) return given.some((v) => condition.oneOf.includes(v));
  const raw = answers[condition.field];
  return raw !== undefined && (typeof raw === 'string' ? raw.trim() !== '' : raw.length > 0);
}
