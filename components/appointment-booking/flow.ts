/**
 * The citizen's booking flow as an XState machine: centre → topic and mode → slot (held) →
 * contact data → provisional booking. Requests run in the element; results come back as events,
 * so the machine stays a pure description that tests can walk. Typed data survive every step back,
 * an expired hold and a 409.
 */
import { assign } from 'xstate';
import { setup } from '../../src/flows/setup.ts';
import type { BookingMode, BookingOptions, BookingReceipt, Hold, Slot, SlotList } from '../../src/contract/bookings.ts';
import type { Topic } from '../../src/contract/centres.ts';

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  note: string;
  consent: boolean;
}

export interface BookingContext {
  centreId?: string | undefined;
  options?: BookingOptions | undefined;
  topic?: Topic | undefined;
  mode?: BookingMode | undefined;
  slots?: SlotList | undefined;
  day?: string | undefined;
  hold?: Hold | undefined;
  contact: ContactDraft;
  receipt?: BookingReceipt | undefined;
  /** A notice for the citizen after something did not go as planned (slot taken, hold expired). */
  notice?: 'taken' | 'expired' | undefined;
  idempotencyKey?: string | undefined;
}

export type BookingEvent =
  | { type: 'CENTRE'; centreId: string }
  | { type: 'OPTIONS'; options: BookingOptions }
  | { type: 'CHOOSE'; topic: Topic; mode: BookingMode }
  | { type: 'SLOTS'; slots: SlotList }
  | { type: 'DAY'; day: string }
  | { type: 'HELD'; hold: Hold }
  | { type: 'EXTENDED'; expiresAt: string }
  | { type: 'EXPIRED' }
  | { type: 'TAKEN' }
  | { type: 'CONTACT'; contact: Partial<ContactDraft> }
  | { type: 'SUBMITTING'; idempotencyKey: string }
  | { type: 'BOOKED'; receipt: BookingReceipt }
  | { type: 'BACK' }
  | { type: 'RESTART' };

export const EMPTY_CONTACT: ContactDraft = { name: '', email: '', phone: '', note: '', consent: false };

export const bookingFlow = setup({
  types: { context: {} as BookingContext, events: {} as BookingEvent, input: {} as { centreId?: string | undefined } },
}).createMachine({
  id: 'appointment-booking',
  context: ({ input }) => ({ centreId: input.centreId, contact: { ...EMPTY_CONTACT } }),
  initial: 'start',
  on: {
    CENTRE: { target: '.topic', actions: assign({ centreId: ({ event }) => event.centreId, options: undefined, slots: undefined, hold: undefined, day: undefined }) },
    CONTACT: { actions: assign({ contact: ({ context, event }) => ({ ...context.contact, ...event.contact }) }) },
  },
  states: {
    start: { always: [{ guard: ({ context }) => !!context.centreId, target: 'topic' }, { target: 'centre' }] },
    centre: {},
    topic: {
      on: {
        OPTIONS: { actions: assign({ options: ({ event }) => event.options }) },
        CHOOSE: { target: 'slot', actions: assign({ topic: ({ event }) => event.topic, mode: ({ event }) => event.mode, slots: undefined, day: undefined }) },
        BACK: { target: 'centre' },
      },
    },
    slot: {
      on: {
        SLOTS: { actions: assign({ slots: ({ event }) => event.slots }) },
        DAY: { actions: assign({ day: ({ event }) => event.day }) },
        HELD: { target: 'details', actions: assign({ hold: ({ event }) => event.hold, notice: undefined }) },
        TAKEN: { actions: assign({ notice: 'taken' as const }) },
        BACK: { target: 'topic', actions: assign({ notice: undefined }) },
      },
    },
    details: {
      on: {
        EXTENDED: { actions: assign({ hold: ({ context, event }) => (context.hold ? { ...context.hold, expiresAt: event.expiresAt } : undefined) }) },
        EXPIRED: { target: 'slot', actions: assign({ hold: undefined, notice: 'expired' as const, slots: undefined }) },
        TAKEN: { target: 'slot', actions: assign({ hold: undefined, notice: 'taken' as const, slots: undefined }) },
        SUBMITTING: { actions: assign({ idempotencyKey: ({ context, event }) => context.idempotencyKey ?? event.idempotencyKey }) },
        BOOKED: { target: 'done', actions: assign({ receipt: ({ event }) => event.receipt, idempotencyKey: undefined }) },
        BACK: { target: 'slot', actions: assign({ hold: undefined }) },
      },
    },
    done: {
      on: { RESTART: { target: 'start', actions: assign({ hold: undefined, receipt: undefined, slots: undefined, day: undefined, notice: undefined, contact: { ...EMPTY_CONTACT } }) } },
    },
  },
});

export type BookingStep = 'centre' | 'topic' | 'slot' | 'details' | 'done';

/** The slot the hold is for, as a Slot (for labels). */
export const heldSlot = (hold: Hold): Slot => ({ startsAt: hold.startsAt, endsAt: hold.endsAt, modes: [hold.mode] });
