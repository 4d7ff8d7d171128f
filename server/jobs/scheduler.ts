/** Runs the booking jobs every minute in the API process; each job is safe when several instances run it. */
import type { BookingSettings } from '../domain/bookings/settings.ts';
import type { MailTransport } from '../mail/transport.ts';
import type { SqlClient } from '../storage/sql.ts';
import { deliverOutbox } from './deliver.ts';
import { expireStale } from './expire.ts';
import { sendDueReminders } from './reminders.ts';
import { applyRetention } from './retention.ts';

export interface JobDeps {
  sql: SqlClient;
  settings: BookingSettings;
  transport: MailTransport;
  clock: () => Date;
  onError: (job: string, error: unknown) => void;
}

export async function runBookingJobs(deps: JobDeps): Promise<void> {
  const jobs: Array<[string, () => Promise<unknown>]> = [
    ['expire', () => expireStale(deps.sql, deps.clock())],
    ['reminders', () => sendDueReminders(deps.sql, deps.clock(), deps.settings.reminderHours)],
    ['retention', () => applyRetention(deps.sql, deps.clock(), deps.settings)],
    ['deliver', () => deliverOutbox(deps.sql, deps.transport, deps.clock())],
  ];
  for (const [name, job] of jobs) {
    try {
      await job();
    } catch (error) {
      deps.onError(name, error);
    }
  }
}

export function scheduleBookingJobs(deps: JobDeps, everyMs = 60_000): { stop(): void } {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runBookingJobs(deps).finally(() => {
      running = false;
    });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  setTimeout(tick, 2_000).unref();
  return { stop: () => clearInterval(timer) };
}
