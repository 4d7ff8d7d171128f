/** Accessibility sweep of <soz-counselling-finder>: every example state × every language, on the in-page mock API. */
import { counsellingFinderExamples } from '../../../components/counselling-finder/counselling-finder.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-counselling-finder', counsellingFinderExamples, { api: true });
