/** Accessibility sweep of <soz-benefits-finder>: every example state × every language. */
import { benefitsFinderExamples } from '../../../components/benefits-finder/benefits-finder.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-benefits-finder', benefitsFinderExamples);
