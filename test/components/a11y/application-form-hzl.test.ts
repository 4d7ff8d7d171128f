/** Accessibility sweep of <soz-application-form>, HzL form: every example state × every language, on the in-page mock API. */
import { hzlExamples } from '../../../components/application-form/application-form.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-application-form', hzlExamples, { api: true, part: 'HzL' });
