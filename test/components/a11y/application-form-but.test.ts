/** Accessibility sweep of <soz-application-form>, BuT form: every example state × every language, on the in-page mock API. */
import { butExamples } from '../../../components/application-form/application-form.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-application-form', butExamples, { api: true, part: 'BuT' });
