/** The API clients the booking widget uses, read on each call (the loader may set the API base later). */
import { createApiClient } from '../../src/api/index.ts';
import { createBookingClient } from '../../src/api/bookings.ts';
import { apiBase } from '../../src/tenant/store.ts';

export const bookingApi = () => createBookingClient({ apiBase: apiBase() });
export const generalApi = () => createApiClient({ baseUrl: apiBase() });
