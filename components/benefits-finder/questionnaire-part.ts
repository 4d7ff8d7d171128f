/**
 * The question pages and the summary of <soz-benefits-finder>, in their own chunk: the questions'
 * words, the validation messages, the views and the form styles. The element prefetches it after its first render,
 * so the start page does not wait for it.
 */
export { questionFor } from '../../src/benefits/questionnaire/questions.ts';
export { validateAll, validateAnswer } from '../../src/benefits/questionnaire/validate.ts';
export { answerText } from './answer-text.ts';
export { answerOf, draftOf } from './drafts.ts';
export { focusErrorSummary } from '../ui/error-summary.ts';
export { formStyles } from '../ui/form-styles.ts';
export { questionView, toFieldErrors } from './question-view.ts';
export { summaryView } from './summary-view.ts';
