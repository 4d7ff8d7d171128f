/** Which questions apply to a set of answers, and the answers that no longer apply (dropped before summary and evaluation). */
import type { Answers, QuestionId } from '../answers.ts';
import { QUESTION_SHAPES } from './structure.ts';

/**
 * The questions to ask, in order. A question's condition sees only answers to questions that are
 * themselves visible, so a stale answer to a hidden question can never open a branch.
 */
export function visibleQuestions(answers: Answers): QuestionId[] {
  const reachable: Answers = {};
  const ids: QuestionId[] = [];
  for (const q of QUESTION_SHAPES) {
    if (q.visibleIf && !q.visibleIf(reachable)) continue;
    ids.push(q.id);
    if (answers[q.id] !== undefined) Object.assign(reachable, { [q.id]: answers[q.id] });
  }
  return ids;
}

/** The answers without those to hidden questions, and without a partner's income when there is no partner. */
export function dropUnreachable(answers: Answers): Answers {
  const kept: Answers = {};
  for (const id of visibleQuestions(answers)) {
    if (answers[id] !== undefined) Object.assign(kept, { [id]: answers[id] });
  }
  if (kept.einkommen?.partner !== undefined && kept.haushalt?.partner !== true) {
    kept.einkommen = { eigenes: kept.einkommen.eigenes };
  }
  return kept;
}
