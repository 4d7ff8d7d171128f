/** Starts the booking jobs of the Node process: SMTP when SMTP_HOST is set, else the dev mailbox. */
import type { BookingSettings } from '../domain/bookings/settings.ts';
import type { Logger } from '../http/request-log.ts';
import { smtpConfigFromEnv, smtpTransport } from '../mail/smtp.ts';
import { mailboxTransport } from '../mail/transport.ts';
import type { SqlClient } from '../storage/sql.ts';
import { scheduleBookingJobs } from './scheduler.ts';

export function startBookingJobs(sql: SqlClient, settings: BookingSettings, logger: Logger): { stop(): void } {
  const smtp = smtpConfigFromEnv(process.env);
  const transport = smtp ? smtpTransport(smtp) : mailboxTransport;
  logger.info({ mail: transport.kind }, 'booking jobs scheduled');
  return scheduleBookingJobs({
    sql,
    settings,
    transport,
    clock: () => new Date(),
    // Error names only: driver and SMTP messages may quote addresses.
    onError: (job, error) => logger.warn({ job, err: { name: error instanceof Error ? error.name : 'unknown' } }, 'booking job failed'),
  });
}
