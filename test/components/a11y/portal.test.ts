/** Accessibility sweep of <soz-portal>: every example state × every language. */
import { portalExamples } from '../../../components/portal/portal.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-portal', portalExamples);
