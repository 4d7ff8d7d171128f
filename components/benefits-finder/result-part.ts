/**
 * The result page of <soz-benefits-finder>, in its own chunk: rules, evaluator, catalogue texts and
 * the result views are needed only after the summary. The element prefetches it once the citizen
 * has started the questions.
 */
export { evaluate } from '../../src/benefits/evaluate.ts';
export { benefitCards, counsellingSuggestions } from './result-cards.ts';
export { resultView } from './result-view.ts';
