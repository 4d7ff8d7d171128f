/** Accessibility sweep of <soz-application-form>, Mietschulden form: every example state × every language, on the in-page mock API. */
import { mietExamples } from '../../../components/application-form/application-form.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-application-form', mietExamples, { api: true, part: 'Mietschulden' });
