/** The migrations in order. TS modules (not .sql files) so the browser mocks can run them too. */
import init from './001-init.ts';
import bookings from './002-bookings.ts';
import applications from './003-applications.ts';
import advisorDesk from './004-advisor-desk.ts';

export const MIGRATIONS: ReadonlyArray<{ version: string; sql: string }> = [{ version: '001-init', sql: init }, { version: '002-bookings', sql: bookings }, { version: '003-applications', sql: applications }, { version: '004-advisor-desk', sql: advisorDesk }];
