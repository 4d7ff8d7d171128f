/**
 * The questionnaire as an XState v5 machine: start → one state per question (only those that apply)
 * → summary (CHANGE jumps to a question and returns) → result. NEXT is refused while the current
 * answer is invalid; the errors are in context. BACK keeps every answer; answers that no longer
 * apply are dropped when the summary is reached. The result itself is `evaluate(context.answers)`.
 * The answer check is passed in (index.ts passes validate.ts): the widget loads the machine with the
 * page and the validation messages only with the question pages.
 */
import { assign } from 'xstate';
import { setup } from '../../flows/setup.ts';
import type { Answers, QuestionId } from '../answers.ts';
import { dropUnreachable, visibleQuestions } from './reachability.ts';
import { QUESTION_SHAPES } from './structure.ts';
import type { FieldError } from './validate.ts';

export interface QuestionnaireContext {
  answers: Answers;
  /** Errors of the current question after a refused NEXT. */
  errors: FieldError[];
  /** Set by CHANGE from the summary: NEXT then returns to the summary once nothing new needs an answer. */
  returnToSummary: boolean;
}

export type QuestionnaireEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; questionId: QuestionId; value: unknown }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; questionId: QuestionId }
  | { type: 'EVALUATE' }
  | { type: 'EDIT' }
  | { type: 'RESET' };

export interface QuestionnaireInput {
  /** Answers to resume with (e.g. a draft the citizen chose to keep on the device). */
  answers?: Answers;
}

/** The errors of one answer, seen with the other answers; empty = valid (validate.ts: `validateAnswer`). */
export type AnswerCheck = (id: QuestionId, answers: Answers) => FieldError[];

export const SUMMARY = 'summary';
type Target = QuestionId | typeof SUMMARY;

/** Where NEXT leads from `from`: the next question that applies, or, when returning, the next one still open. */
export function nextStep(check: AnswerCheck, answers: Answers, from: QuestionId, returnToSummary: boolean): Target {
  const list = visibleQuestions(answers);
  const after = list.slice(list.indexOf(from) + 1);
  const next = returnToSummary ? after.find((id) => answers[id] === undefined || check(id, answers).length > 0) : after[0];
  return next ?? SUMMARY;
}

/** Where BACK leads from `from`: the previous question that applies, or the start page. */
export function previousStep(answers: Answers, from: QuestionId): QuestionId | 'start' {
  const list = visibleQuestions(answers);
  const index = list.indexOf(from);
  return index > 0 ? (list[index - 1] ?? 'start') : 'start';
}

const ids = QUESTION_SHAPES.map((q) => q.id);
const stateOf = (target: Target | 'start'): string => (target === SUMMARY ? `#questionnaire.${SUMMARY}` : target === 'start' ? '#questionnaire.start' : `#questionnaire.question.${target}`);

function questionState(id: QuestionId) {
  const index = ids.indexOf(id);
  const later: Target[] = [...ids.slice(index + 1), SUMMARY];
  const earlier: (QuestionId | 'start')[] = [...ids.slice(0, index).reverse(), 'start'];
  return {
    on: {
      ANSWER: { guard: { type: 'isQuestion' as const, params: { id } }, actions: 'setAnswer' as const },
      NEXT: [
        { guard: { type: 'answerInvalid' as const, params: { id } }, actions: { type: 'showErrors' as const, params: { id } } },
        ...later.map((to) => ({ guard: { type: 'nextIs' as const, params: { from: id, to } }, target: stateOf(to), actions: 'clearErrors' as const })),
      ],
      BACK: earlier.map((to) => ({ guard: { type: 'previousIs' as const, params: { from: id, to } }, target: stateOf(to), actions: 'clearErrors' as const })),
    },
  };
}

/** The questionnaire machine, with `check` deciding whether an answer lets NEXT through. */
export function createQuestionnaireMachine(check: AnswerCheck) {
  const isValid = (answers: Answers, id: QuestionId): boolean => check(id, answers).length === 0;
  const base = setup({
    types: {
      context: {} as QuestionnaireContext,
      events: {} as QuestionnaireEvent,
      input: {} as QuestionnaireInput | undefined,
    },
    guards: {
      answerInvalid: ({ context }, params: { id: QuestionId }) => !isValid(context.answers, params.id),
      nextIs: ({ context }, params: { from: QuestionId; to: Target }) => nextStep(check, context.answers, params.from, context.returnToSummary) === params.to,
      previousIs: ({ context }, params: { from: QuestionId; to: QuestionId | 'start' }) => previousStep(context.answers, params.from) === params.to,
      isQuestion: ({ event }, params: { id: QuestionId }) => 'questionId' in event && event.questionId === params.id,
      allValid: ({ context }) => visibleQuestions(context.answers).every((id) => isValid(context.answers, id)),
    },
    actions: {
      setAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const answers: Record<string, unknown> = { ...context.answers };
        if (event.value === undefined) delete answers[event.questionId];
        else answers[event.questionId] = event.value;
        return { answers: answers as Answers, errors: [] };
      }),
      showErrors: assign(({ context }, params: { id: QuestionId }) => ({ errors: check(params.id, context.answers) })),
      clearErrors: assign({ errors: [] }),
      enterSummary: assign(({ context }) => ({ answers: dropUnreachable(context.answers), returnToSummary: false, errors: [] })),
      startChange: assign({ returnToSummary: true }),
      reset: assign({ answers: {}, errors: [], returnToSummary: false }),
    },
  });
  return base.createMachine({
    id: 'questionnaire',
    context: ({ input }) => ({ answers: input?.answers ?? {}, errors: [], returnToSummary: false }),
    initial: 'start',
    on: { RESET: { target: '.start', actions: 'reset' } },
    states: {
      start: { on: { START: { target: `question.${ids[0] ?? 'alter'}` } } },
      question: { initial: ids[0] ?? 'alter', states: Object.fromEntries(ids.map((id) => [id, questionState(id)])) },
      [SUMMARY]: {
        entry: 'enterSummary',
        on: {
          CHANGE: ids.map((id) => ({ guard: { type: 'isQuestion' as const, params: { id } }, target: `#questionnaire.question.${id}`, actions: 'startChange' as const })),
          EVALUATE: { guard: 'allValid', target: 'result' },
        },
      },
      result: { on: { EDIT: SUMMARY } },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;

/** The question the machine is on, if any (its state value is `{ question: id }`). */
export function currentQuestion(value: unknown): QuestionId | undefined {
  if (typeof value === 'object' && value !== null && 'question' in value) return (value as { question: QuestionId }).question;
  return undefined;
}
