/** Accessibility sweep of <soz-appointment-booking> and its manage page: every example state × every language, on the in-page mock API. */
import { appointmentBookingExamples } from '../../../components/appointment-booking/appointment-booking.examples.ts';
import { sweep } from './support/sweep.ts';

sweep('soz-appointment-booking', appointmentBookingExamples, { api: true });
