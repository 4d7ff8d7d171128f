/** Accessibility sweep of the stand-ins (service fallback, unavailable notice): every example state × every language. */
import { fallbackExamples } from '../../../components/fallback/fallback.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-service-fallback', fallbackExamples);
