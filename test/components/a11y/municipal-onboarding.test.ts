/** Accessibility sweep of <soz-municipal-onboarding>: every example state × every language. */
import { municipalOnboardingExamples } from '../../../components/municipal-onboarding/municipal-onboarding.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-municipal-onboarding', municipalOnboardingExamples);
