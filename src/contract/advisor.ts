/**
 * Contract of the advisor desk (Self-Service für Beratungsstellen): sign-in and session, the
 * centre's appointments, advisors' availability, the centre profile and its audit trail.
 */
import { z } from 'zod';
import { BOOKING_STATUSES, bookingMode } from './bookings.ts';
import { languageCode, mode, openingInterval, postalCode, topic } from './centres.ts';

export const ADVISOR_ROLES = ['advisor', 'centre-admin'] as const;
export const advisorRole = z.enum(ADVISOR_ROLES);

/** What the desk shows of an appointment's state: the booking's own. */
export const APPOINTMENT_STATUSES = BOOKING_STATUSES;
export const appointmentStatus = z.enum(APPOINTMENT_STATUSES);

const isoInstant = z.iso.datetime({ offset: true, message: 'ein Zeitpunkt im Format ISO 8601' });
const isoDate = z.iso.date({ message: 'ein Datum im Format JJJJ-MM-TT' });
export const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'eine Kennung aus Buchstaben, Ziffern, _ und -');

/** Plain text without markup or control characters: profile data is shown on municipal sites. */
export const plainText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min ? `mindestens ${min} Zeichen` : undefined)
    .max(max, `höchstens ${max} Zeichen`)
    .refine((s) => !/[<>]/.test(s), { message: 'Text ohne spitze Klammern (< >): Code oder HTML ist hier nicht erlaubt.' })
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), { message: 'Text ohne Steuerzeichen.' });

const httpsUrl = z
  .string()
  .trim()
  .max(300, 'höchstens 300 Zeichen')
  .refine((s) => /^https:\/\/[^\s<>"']+$/.test(s) && URL.canParse(s), { message: 'eine Adresse, die mit https:// beginnt' });

// ---------- Sign-in and session ----------

export const USERNAME_MAX = 80;
export const PASSWORD_MAX = 200;

export const loginRequest = z.strictObject({
  username: z.string().trim().min(1, 'Ihr Benutzername').max(USERNAME_MAX, `höchstens ${USERNAME_MAX} Zeichen`),
  password: z.string().min(1, 'Ihr Passwort').max(PASSWORD_MAX, `höchstens ${PASSWORD_MAX} Zeichen`),
  /** "bearer": the token comes back in the body, for non-browser clients (tests, scripts); no cookie is set. */
  transport: z.enum(['cookie', 'bearer']).default('cookie'),
});

export const advisorSession = z.strictObject({
  account: z.strictObject({
    id: entityId,
    displayName: z.string(),
    role: advisorRole,
    advisorId: entityId.nullable(),
    centreId: entityId,
    centreName: z.string(),
  }),
  /** Send in the X-CSRF-Token header on every change (cookie sessions). */
  csrfToken: z.string(),
  /** Idle time after which the session ends, and when it ends if nothing happens. */
  idleSeconds: z.int(),
  idleExpiresAt: isoInstant,
  /** Only with transport "bearer". */
  token: z.string().optional(),
});

export const authOptions = z.strictObject({ localLogin: z.boolean(), oidc: z.boolean() });

// ---------- Appointments ----------

export const appointmentQuery = z.strictObject({
  from: isoDate,
  days: z.int().min(1).max(62).default(1),
  status: z.array(appointmentStatus).optional(),
  advisorId: entityId.optional(),
});

export const appointmentSummary = z.strictObject({
  id: z.string(),
  reference: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  status: appointmentStatus,
  mode: bookingMode,
  topic,
  advisorId: entityId,
  advisorName: z.string(),
  /** Citizen-chosen name or pseudonym; null once retention removed it. */
  name: z.string().nullable(),
  hasInternalNote: z.boolean(),
  createdAt: isoInstant,
});

export const appointmentList = z.strictObject({
  from: isoDate,
  days: z.int(),
  items: z.array(appointmentSummary),
});

export const appointmentDetail = appointmentSummary.extend({
  contact: z.strictObject({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
  note: z.string().nullable(),
  internalNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledBy: z.enum(['citizen', 'centre']).nullable(),
  canConfirm: z.boolean(),
  canCancel: z.boolean(),
  canRecordOutcome: z.boolean(),
});

export const MESSAGE_MAX = 500;
export const INTERNAL_NOTE_MAX = 2000;
export const cancelAppointmentRequest = z.strictObject({
  message: plainText(MESSAGE_MAX, 1),
});
export const internalNoteRequest = z.strictObject({ internalNote: plainText(INTERNAL_NOTE_MAX) });

export const calendarFeed = z.strictObject({ url: z.string(), createdAt: isoInstant });

// ---------- Availability ----------

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'eine Uhrzeit im Format HH:MM');

export const availabilityRule = z.strictObject({
  weekday: z.int().min(1).max(7),
  starts: clock,
  ends: clock,
  slotMinutes: z.int().min(10).max(240),
  bufferMinutes: z.int().min(0).max(120).default(0),
  modes: z.array(bookingMode).min(1, 'mindestens eine Form').max(3),
  /** Empty: every topic of the centre. */
  topics: z.array(topic).max(20).default([]),
});

export const extraSlot = z.strictObject({
  date: isoDate,
  starts: clock,
  ends: clock,
  modes: z.array(bookingMode).min(1, 'mindestens eine Form').max(3),
  topics: z.array(topic).max(20).default([]),
});

export const absence = z.strictObject({
  from: isoDate,
  to: isoDate,
  reason: plainText(120).optional(),
});

export const availabilityInput = z.strictObject({
  rules: z.array(availabilityRule).max(50),
  extraSlots: z.array(extraSlot).max(100).default([]),
  absences: z.array(absence).max(100).default([]),
  /** Bookable window: minimum notice and how far ahead citizens can book. */
  minNoticeHours: z.int().min(0).max(720),
  maxDaysAhead: z.int().min(1).max(365),
});

export const conflict = z.strictObject({
  appointmentId: z.string(),
  reference: z.string(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  status: appointmentStatus,
  reason: z.string(),
});

export const previewSlot = z.strictObject({ startsAt: isoInstant, endsAt: isoInstant, modes: z.array(bookingMode), booked: z.boolean() });

export const availability = z.strictObject({
  advisorId: entityId,
  advisorName: z.string(),
  rules: z.array(availabilityRule.required()),
  extraSlots: z.array(extraSlot.required()),
  absences: z.array(z.strictObject({ from: isoDate, to: isoDate, reason: z.string().nullable() })),
  minNoticeHours: z.int(),
  maxDaysAhead: z.int(),
  /** Future appointments that the current rules no longer cover: the advisor decides about each. */
  conflicts: z.array(conflict),
});

export const availabilityPreview = z.strictObject({
  from: isoDate,
  days: z.array(z.strictObject({ date: isoDate, holiday: z.string().nullable(), absent: z.boolean(), slots: z.array(previewSlot) })),
  conflicts: z.array(conflict),
});

export const advisorList = z.array(z.strictObject({ id: entityId, displayName: z.string() }));

// ---------- Centre profile ----------

export const centreProfileInput = z.strictObject({
  name: plainText(120, 3),
  carrier: plainText(80, 2),
  street: plainText(100, 3),
  postalCode,
  city: plainText(60, 2),
  phone: z
    .string()
    .trim()
    .max(30, 'höchstens 30 Zeichen')
    .regex(/^(\+?[0-9 ()/-]{6,30})?$/, 'eine Telefonnummer aus Ziffern, Leerzeichen, +, /, - und Klammern')
    .optional(),
  email: z.union([z.literal(''), z.email({ message: 'eine E-Mail-Adresse wie name@example.org' }).max(120)]).optional(),
  web: z.union([z.literal(''), httpsUrl]).optional(),
  topics: z.array(topic).min(1, 'mindestens ein Thema').max(20),
  languages: z.array(languageCode).min(1, 'mindestens eine Sprache').max(30),
  barrierFree: z.boolean(),
  accessibilityNote: plainText(300).optional(),
  openingHours: z.array(openingInterval).max(28),
  modes: z.array(mode).min(1, 'mindestens eine Form').max(4),
  videoRoomUrl: z.union([z.literal(''), httpsUrl]).optional(),
  bookingEnabled: z.boolean(),
});

export const centreProfile = z.strictObject({
  id: entityId,
  name: z.string(),
  carrier: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  land: z.string(),
  lat: z.number(),
  lon: z.number(),
  phone: z.string(),
  email: z.string(),
  web: z.string(),
  topics: z.array(topic),
  languages: z.array(z.string()),
  barrierFree: z.boolean(),
  accessibilityNote: z.string(),
  openingHours: z.array(openingInterval),
  modes: z.array(mode),
  videoRoomUrl: z.string(),
  bookingEnabled: z.boolean(),
  /** Read-only facts that decide whether online booking may be switched on. */
  avvSigned: z.boolean(),
  landTakesPart: z.boolean(),
  onlineBooking: z.boolean(),
});

export const auditEntry = z.strictObject({
  at: isoInstant,
  actor: z.string(),
  area: z.enum(['profile', 'availability']),
  changes: z.array(z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export const auditList = z.array(auditEntry);

export type AdvisorRole = z.infer<typeof advisorRole>;
export type AppointmentStatus = z.infer<typeof appointmentStatus>;
export type LoginRequest = z.input<typeof loginRequest>;
export type AdvisorSession = z.infer<typeof advisorSession>;
export type AuthOptions = z.infer<typeof authOptions>;
export type AppointmentQuery = z.input<typeof appointmentQuery>;
export type AppointmentSummary = z.infer<typeof appointmentSummary>;
export type AppointmentList = z.infer<typeof appointmentList>;
export type AppointmentDetail = z.infer<typeof appointmentDetail>;
export type CalendarFeed = z.infer<typeof calendarFeed>;
export type AvailabilityRuleInput = z.input<typeof availabilityRule>;
export type AvailabilityInput = z.input<typeof availabilityInput>;
export type ParsedAvailability = z.output<typeof availabilityInput>;
export type Availability = z.infer<typeof availability>;
export type AvailabilityPreview = z.infer<typeof availabilityPreview>;
export type Conflict = z.infer<typeof conflict>;
export type CentreProfileInput = z.input<typeof centreProfileInput>;
export type CentreProfile = z.infer<typeof centreProfile>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AdvisorListItem = z.infer<typeof advisorList>[number];
