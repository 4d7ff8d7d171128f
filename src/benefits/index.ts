/** The public API of the benefits check for the widget: questions, machine, validation, evaluation. */
export type * from './answers.ts';
export type { BenefitId } from './benefit-ids.ts';
export type { AppliedPrecedence, ConditionResult, EligibilityResult, EligibilityStatus, EvaluateOptions, UsedParameter } from './evaluate.ts';
export { evaluate } from './evaluate.ts';
export { PRECEDENCE_RULES } from './precedence.ts';
export { BENEFIT_RULES } from './rules/index.ts';
export type { AnswerKind, NumberBounds, Option, Question } from './questionnaire/questions.ts';
export { QUESTIONS, questionFor } from './questionnaire/questions.ts';
export { dropUnreachable, visibleQuestions } from './questionnaire/reachability.ts';
export type { FieldError } from './questionnaire/validate.ts';
export { validateAll, validateAnswer } from './questionnaire/validate.ts';
export { haveAtHand, timeEstimateMinutes } from './questionnaire/preparation.ts';
export type { QuestionnaireContext, QuestionnaireEvent, QuestionnaireInput } from './questionnaire/machine.ts';
export { currentQuestion, nextStep, previousStep, questionnaireMachine } from './questionnaire/machine.ts';
