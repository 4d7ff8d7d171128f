/** Accessibility sweep of <soz-advisor-desk>: every example state × every language, on the in-page mock API. */
import { advisorDeskExamples } from '../../../components/advisor-desk/advisor-desk.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-advisor-desk', advisorDeskExamples, { api: true });
