/**
 * Contract of appointment booking (Terminvereinbarung): slots, holds, the booking request with
 * minimal contact data and a proof of work, and the citizen's manage view behind a secret token.
 */
import { z } from 'zod';
import { topic } from './centres.ts';

/** Offer modes one can book (chat is not an appointment). */
export const BOOKING_MODES = ['vor-ort', 'telefon', 'video'] as const;
export const bookingMode = z.enum(BOOKING_MODES);

export const NOTE_MAX = 500;
export const NAME_MAX = 80;
export const REASON_MAX = 300;

const isoInstant = z.iso.datetime({ offset: true, message: 'ein Zeitpunkt im Format ISO 8601' });
const isoDate = z.iso.date({ message: 'ein Datum im Format JJJJ-MM-TT' });
/** Manage and hold tokens: 32 random bytes in base64url. */
export const secretToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'ein gültiger Zugangsschlüssel');
const centreId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'eine Kennung aus Buchstaben, Ziffern, _ und -');

export const slot = z.strictObject({
  startsAt: isoInstant,
  endsAt: isoInstant,
  modes: z.array(bookingMode),
});

export const slotDay = z.strictObject({ date: isoDate, slots: z.array(slot) });

export const slotQuery = z.strictObject({
  topic,
  mode: bookingMode.optional(),
  from: isoDate.optional(),
  days: z.int().min(1).max(60).default(14),
});

export const slotList = z.strictObject({
  centreId,
  timeZone: z.literal('Europe/Berlin'),
  from: isoDate,
  days: z.array(slotDay),
  /** The first free slot from `from` on, even beyond the listed days (null: none within the booking horizon). */
  nextFree: slot.nullable(),
});

export const bookingOptions = z.strictObject({
  centreId,
  centreName: z.string(),
  onlineBooking: z.boolean(),
  topics: z.array(topic),
  modes: z.array(bookingMode),
  holdSeconds: z.int(),
  confirmHours: z.int(),
  noteMax: z.int(),
});

export const slotChoice = z.strictObject({
  centreId,
  topic,
  mode: bookingMode,
  startsAt: isoInstant,
});

export const holdRequest = slotChoice;
export const hold = z.strictObject({
  holdToken: secretToken,
  expiresAt: isoInstant,
  startsAt: isoInstant,
  endsAt: isoInstant,
  mode: bookingMode,
  topic,
  centreId,
});
export const holdTokenBody = z.strictObject({ holdToken: secretToken });
export const holdExtension = z.strictObject({ expiresAt: isoInstant });

/** German phone numbers as people type them: digits, spaces, +, /, -, (); 6 to 20 digits. */
export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()/-]{6,30}$/, 'eine Telefonnummer aus Ziffern (z. B. 0231 123456)')
  .refine((v) => v.replace(/\D/g, '').length >= 6 && v.replace(/\D/g, '').length <= 20, 'eine Telefonnummer mit 6 bis 20 Ziffern');

export const contact = z
  .strictObject({
    name: z.string().trim().min(1, 'ein Name (ein Vorname oder ein Fantasiename genügt)').max(NAME_MAX, `höchstens ${NAME_MAX} Zeichen`),
    email: z.email('eine gültige E-Mail-Adresse').max(200).optional(),
    phone: phoneNumber.optional(),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'eine E-Mail-Adresse oder eine Telefonnummer', path: ['email'] });

export const bookingRequest = z.strictObject({
  ...slotChoice.shape,
  /** The hold of this slot, when the citizen picked it first (the normal path). */
  holdToken: secretToken.optional(),
  /** The Kommune whose widget sent the booking (retention rules, privacy notice). */
  tenant: z.string().regex(/^\d{8}$/, 'ein Amtlicher Gemeindeschlüssel aus 8 Ziffern').optional(),
  contact,
  note: z.string().trim().max(NOTE_MAX, `höchstens ${NOTE_MAX} Zeichen`).optional(),
  consent: z.literal(true, 'Ihre Einwilligung'),
  /** Solved proof-of-work challenge (ALTCHA payload, base64 JSON). */
  proof: z.string().min(10).max(2000),
});

/** A booking's state; done and no-show are set by the centre after the appointment. */
export const BOOKING_STATUSES = ['provisional', 'confirmed', 'cancelled', 'expired', 'done', 'no-show'] as const;
export const bookingStatus = z.enum(BOOKING_STATUSES);

export const bookingReceipt = z.strictObject({
  reference: z.string(),
  status: bookingStatus,
  startsAt: isoInstant,
  endsAt: isoInstant,
  mode: bookingMode,
  topic,
  centreId,
  centreName: z.string(),
  confirmBy: isoInstant,
  /** How the citizen confirms: by the link in the e-mail, or (phone only) right here with `manageToken`. */
  confirmVia: z.enum(['email', 'manage-page']),
  /** Only for bookings without e-mail: the secret for the manage page (never sent again). */
  manageToken: secretToken.optional(),
});

export const challenge = z.strictObject({
  algorithm: z.literal('SHA-256'),
  challenge: z.string(),
  maxnumber: z.int(),
  salt: z.string(),
  signature: z.string(),
});

export const manageRequest = z.strictObject({ token: secretToken });
export const cancelRequest = z.strictObject({ token: secretToken, reason: z.string().trim().max(REASON_MAX, `höchstens ${REASON_MAX} Zeichen`).optional() });
export const rescheduleRequest = z.strictObject({
  token: secretToken,
  /** The hold of the new slot (the old slot is freed only when the new one is taken). */
  holdToken: secretToken.optional(),
  startsAt: isoInstant,
  mode: bookingMode.optional(),
});

export const managedBooking = z.strictObject({
  reference: z.string(),
  status: bookingStatus,
  startsAt: isoInstant,
  endsAt: isoInstant,
  mode: bookingMode,
  topic,
  confirmBy: isoInstant.nullable(),
  centre: z.strictObject({
    id: centreId,
    name: z.string(),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    phone: z.string().nullable(),
  }),
  contact: z.strictObject({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
  note: z.string().nullable(),
  dataDeleted: z.boolean(),
  canConfirm: z.boolean(),
  canChange: z.boolean(),
  /** For video appointments: the room link, present only from shortly before until the end. */
  videoRoomUrl: z.string().nullable(),
  videoRoomFrom: isoInstant.nullable(),
});

export type Slot = z.infer<typeof slot>;
export type SlotDay = z.infer<typeof slotDay>;
export type SlotQuery = z.input<typeof slotQuery>;
export type SlotList = z.infer<typeof slotList>;
export type BookingOptions = z.infer<typeof bookingOptions>;
export type BookingMode = z.infer<typeof bookingMode>;
export type HoldRequest = z.infer<typeof holdRequest>;
export type Hold = z.infer<typeof hold>;
export type BookingRequest = z.input<typeof bookingRequest>;
export type BookingReceipt = z.infer<typeof bookingReceipt>;
export type BookingStatus = z.infer<typeof bookingStatus>;
export type Challenge = z.infer<typeof challenge>;
export type ManagedBooking = z.infer<typeof managedBooking>;
export type RescheduleRequest = z.infer<typeof rescheduleRequest>;
