/** The public API of the benefits check: questions, machine, validation, evaluation. */
import { createQuestionnaireMachine } from './questionnaire/machine.ts';
import { validateAnswer } from './questionnaire/validate.ts';

export type * from './answers.ts';
export type { BenefitId } from './benefit-ids.ts';
export type { AppliedPrecedence, ConditionResult, EligibilityResult, EligibilityStatus, EvaluateOptions, UsedParameter } from './evaluate.ts';
export { evaluate } from './evaluate.ts';
export { PRECEDENCE_RULES } from './precedence.ts';
export { BENEFIT_RULES } from './rules/index.ts';
export type { AnswerKind, NumberBounds, Option, Question } from './questionnaire/questions.ts';
export { QUESTIONS, questionFor } from './questionnaire/questions.ts';
export type { QuestionShape } from './questionnaire/structure.ts';
export { QUESTION_SHAPES, shapeOf } from './questionnaire/structure.ts';
export { dropUnreachable, visibleQuestions } from './questionnaire/reachability.ts';
export type { FieldError } from './questionnaire/validate.ts';
export { validateAll, validateAnswer } from './questionnaire/validate.ts';
export { haveAtHand, timeEstimateMinutes } from './questionnaire/preparation.ts';
export type { AnswerCheck, QuestionnaireContext, QuestionnaireEvent, QuestionnaireInput, QuestionnaireMachine } from './questionnaire/machine.ts';
export { createQuestionnaireMachine, currentQuestion, nextStep, previousStep } from './questionnaire/machine.ts';

/** The questionnaire with the full validation of validate.ts (the widget builds its own, see its component). */
export const questionnaireMachine = createQuestionnaireMachine(validateAnswer);
