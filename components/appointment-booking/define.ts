/** Registers <soz-appointment-booking>; the loader imports this file on first sight of the tag. */
import { defineElement } from '../../src/internal/define.ts';
import { SozAppointmentBooking } from './appointment-booking.component.ts';

defineElement('soz-appointment-booking', SozAppointmentBooking);

declare global {
  interface HTMLElementTagNameMap {
    'soz-appointment-booking': SozAppointmentBooking;
  }
}
