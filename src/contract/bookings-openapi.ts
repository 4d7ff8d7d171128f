/** OpenAPI paths of appointment booking (merged into the document by openapi.ts). */
import type { z } from 'zod';
import { jsonBody, request, problem, type Json } from './openapi-parts.ts';
import {
  bookingOptions, bookingReceipt, bookingRequest, cancelRequest, challenge, hold, holdExtension, holdRequest, holdTokenBody,
  managedBooking, manageRequest, rescheduleRequest, slotList, slotQuery,
} from './bookings.ts';
import { queryParameters } from './query.ts';

const centreId = { name: 'id', in: 'path', required: true, description: 'Kennung der Beratungsstelle.', schema: { type: 'string', maxLength: 80 } };
const TAGS = ['Terminvereinbarung'];
const limited = { '429': problem('Zu viele Anfragen; Retry-After beachten.') };
const manageErrors = { '404': problem('Link ungültig oder abgelaufen (dieselbe Antwort für jeden falschen Schlüssel).'), '422': problem('Ungültige Angaben.'), ...limited };

const manage = (operationId: string, summary: string, body: z.ZodType, ok: Json) => ({
  post: { operationId, summary, tags: TAGS, requestBody: request(body), responses: { ...ok, ...manageErrors } },
});

export function bookingPaths(): Json {
  return {
    '/api/centres/{id}/booking': {
      get: {
        operationId: 'getBookingOptions',
        summary: 'Was bei dieser Beratungsstelle online buchbar ist: Themen, Formen, Haltezeit.',
        tags: TAGS,
        parameters: [centreId],
        responses: { '200': jsonBody(bookingOptions, 'Die Buchungsoptionen.'), '404': problem('Unbekannte Beratungsstelle.') },
      },
    },
    '/api/centres/{id}/slots': {
      get: {
        operationId: 'listSlots',
        summary: 'Freie Termine nach Tagen (Europe/Berlin), abzüglich Buchungen, Reservierungen und Feiertagen, mit dem nächsten freien Termin.',
        tags: TAGS,
        parameters: [
          centreId,
          ...queryParameters(slotQuery).map((p) => ({ name: p.name, in: 'query', required: p.required, schema: p.schema })),
        ],
        responses: { '200': jsonBody(slotList, 'Freie Termine.'), '400': problem('Ungültige Suchangaben.'), '404': problem('Unbekannte Beratungsstelle.') },
      },
    },
    '/api/bookings/challenge': {
      post: {
        operationId: 'createBookingChallenge',
        summary: 'Aufgabe der Sicherheitsprüfung (ALTCHA-Proof-of-Work, ohne Drittanbieter).',
        tags: TAGS,
        responses: { '201': jsonBody(challenge, 'Die Aufgabe; der Browser sucht die Zahl per SHA-256.'), ...limited },
      },
    },
    '/api/bookings/holds': {
      post: {
        operationId: 'holdSlot',
        summary: 'Einen Termin für einige Minuten reservieren, während die Person ihre Angaben macht.',
        tags: TAGS,
        requestBody: request(holdRequest),
        responses: {
          '201': jsonBody(hold, 'Reserviert bis expiresAt.'),
          '404': problem('Unbekannte Beratungsstelle.'),
          '409': problem('Der Termin wurde gerade vergeben.'),
          '422': problem('Kein buchbarer Termin (vergangen, nicht im Angebot, anderes Thema).'),
          ...limited,
        },
      },
    },
    '/api/bookings/holds/extend': {
      post: {
        operationId: 'extendHold',
        summary: 'Die Reservierung verlängern (ein Klick, WCAG 2.2.1).',
        tags: TAGS,
        requestBody: request(holdTokenBody),
        responses: { '200': jsonBody(holdExtension, 'Neue Ablaufzeit.'), '410': problem('Die Reservierung ist abgelaufen.'), ...limited },
      },
    },
    '/api/bookings/holds/release': {
      post: {
        operationId: 'releaseHold',
        summary: 'Die Reservierung freigeben.',
        tags: TAGS,
        requestBody: request(holdTokenBody),
        responses: { '204': { description: 'Freigegeben (oder schon abgelaufen).' }, ...limited },
      },
    },
    '/api/bookings': {
      post: {
        operationId: 'createBooking',
        summary: 'Vorläufig buchen (Double-Opt-in per E-Mail). Wiederholbar: derselbe Idempotency-Key liefert dieselbe Buchung.',
        tags: TAGS,
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, description: 'Zufällige Kennung der Buchung (16–128 Zeichen), bei jedem Versuch dieselbe.', schema: { type: 'string' } }],
        requestBody: request(bookingRequest),
        responses: {
          '201': jsonBody(bookingReceipt, 'Vorläufig gebucht.'),
          '200': jsonBody(bookingReceipt, 'Schon gebucht (gleicher Idempotency-Key).'),
          '400': problem('Idempotency-Key fehlt oder ist ungültig.'),
          '404': problem('Unbekannte Beratungsstelle.'),
          '409': problem('Der Termin wurde gerade vergeben; die Angaben bleiben im Formular.'),
          '422': problem('Ungültige Angaben (mit Feldpfaden), ungültige Sicherheitsprüfung oder kein buchbarer Termin.'),
          ...limited,
        },
      },
    },
    '/api/bookings/manage': manage('viewBooking', 'Die eigene Buchung ansehen (Schlüssel aus dem Link im Body, nie in der URL).', manageRequest, {
      '200': jsonBody(managedBooking, 'Die Buchung.'),
    }),
    '/api/bookings/manage/confirm': manage('confirmBooking', 'Die Buchung bestätigen (Double-Opt-in).', manageRequest, {
      '200': jsonBody(managedBooking, 'Bestätigt.'),
      '409': problem('Frist abgelaufen oder abgesagt.'),
    }),
    '/api/bookings/manage/cancel': manage('cancelBooking', 'Absagen, optional mit Grund; der Termin wird sofort frei.', cancelRequest, {
      '200': jsonBody(managedBooking, 'Abgesagt.'),
      '409': problem('Nicht mehr änderbar.'),
    }),
    '/api/bookings/manage/reschedule': manage('rescheduleBooking', 'Verschieben in einem Schritt: Der alte Termin wird erst frei, wenn der neue gesichert ist.', rescheduleRequest, {
      '200': jsonBody(managedBooking, 'Verschoben.'),
      '409': problem('Der neue Termin ist vergeben; der alte bleibt.'),
      '410': problem('Die Reservierung des neuen Termins ist abgelaufen.'),
    }),
    '/api/bookings/manage/ics': manage('downloadBookingIcs', 'Kalenderdatei (iCalendar mit VTIMEZONE Europe/Berlin).', manageRequest, {
      '200': { description: 'text/calendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
    }),
    '/api/bookings/manage/delete': manage('deleteBookingData', 'Meine Daten löschen: Kontaktdaten und Notiz sofort; ein künftiger Termin wird abgesagt.', manageRequest, {
      '204': { description: 'Gelöscht.' },
    }),
  };
}
