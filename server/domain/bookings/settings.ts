/** Tunable times of the booking flow; the defaults suit a municipal counselling service. */
export interface BookingSettings {
  /** How long a picked slot is held for the citizen. */
  holdSeconds: number;
  /** How long a provisional booking waits for its double opt-in. */
  confirmHours: number;
  /** Contact data and note are deleted this many days after the appointment (tenant may override). */
  retentionDays: number;
  /** The same for cancelled and expired bookings, counted from when they ended. */
  closedRetentionDays: number;
  /** Reminder lead time. */
  reminderHours: number;
  /** The video room link shows this many minutes before the start. */
  videoLeadMinutes: number;
  /** Proof-of-work difficulty (largest number the browser may have to try). */
  proofMaxNumber: number;
  /** Secret of the proof-of-work signatures. */
  proofKey: string;
  /** Where links in mails point, e.g. "https://sozialplattform.example.org" (else the request's origin). */
  publicBaseUrl?: string | undefined;
}

export const DEFAULT_BOOKING_SETTINGS: BookingSettings = {
  holdSeconds: 7 * 60,
  confirmHours: 24,
  retentionDays: 30,
  closedRetentionDays: 7,
  reminderHours: 24,
  videoLeadMinutes: 15,
  proofMaxNumber: 50_000,
  proofKey: 'sozialplattform-demo-proof',
};

/** Settings from the environment (BOOKING_*), over the defaults. */
export function bookingSettingsFromEnv(env: Record<string, string | undefined>): BookingSettings {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const d = DEFAULT_BOOKING_SETTINGS;
  return {
    holdSeconds: num('BOOKING_HOLD_SECONDS', d.holdSeconds),
    confirmHours: num('BOOKING_CONFIRM_HOURS', d.confirmHours),
    retentionDays: num('BOOKING_RETENTION_DAYS', d.retentionDays),
    closedRetentionDays: num('BOOKING_CLOSED_RETENTION_DAYS', d.closedRetentionDays),
    reminderHours: num('BOOKING_REMINDER_HOURS', d.reminderHours),
    videoLeadMinutes: num('BOOKING_VIDEO_LEAD_MINUTES', d.videoLeadMinutes),
    proofMaxNumber: num('BOOKING_PROOF_MAX_NUMBER', d.proofMaxNumber),
    proofKey: env.BOOKING_PROOF_KEY ?? d.proofKey,
    publicBaseUrl: env.PUBLIC_BASE_URL || undefined,
  };
}
