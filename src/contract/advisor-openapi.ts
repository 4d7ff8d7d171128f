/** OpenAPI paths of the advisor desk (merged into the document by openapi.ts). */
import type { z } from 'zod';
import { jsonBody, request, problem, type Json } from './openapi-parts.ts';
import {
  advisorList, advisorSession, appointmentDetail, appointmentList, appointmentQuery, auditList, authOptions, availability, availabilityInput,
  availabilityPreview, calendarFeed, cancelAppointmentRequest, centreProfile, centreProfileInput, internalNoteRequest, loginRequest,
} from './advisor.ts';
import { queryParameters } from './query.ts';

const TAGS = ['Beratungsplatz'];
/** Every guarded operation: cookie session (browser, with X-CSRF-Token on changes) or bearer token. */
const guarded = {
  '401': problem('Nicht angemeldet, Sitzung abgelaufen oder beendet.'),
  '403': problem('Ohne Berechtigung (Rolle) oder ohne gültiges X-CSRF-Token.'),
};
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', maxLength: 80 } });
const appointmentId = path('id', 'Kennung des Termins (nur Termine der eigenen Beratungsstelle; sonst 404).');
const advisorId = path('advisorId', 'Kennung der Beraterin oder des Beraters der eigenen Beratungsstelle.');
const op = (operationId: string, summary: string, responses: Json, extra: Json = {}) => ({ operationId, summary, tags: TAGS, responses: { ...responses, ...guarded }, ...extra });
const action = (operationId: string, summary: string, body?: z.ZodType) => ({
  post: op(operationId, summary, { '200': jsonBody(appointmentDetail, 'Der Termin danach.'), '404': problem('Kein Termin der eigenen Beratungsstelle.'), '409': problem('In diesem Status nicht möglich.') }, {
    parameters: [appointmentId],
    ...(body ? { requestBody: request(body) } : {}),
  }),
});

export function advisorPaths(): Json {
  return {
    '/api/advisor/auth-options': {
      get: { operationId: 'advisorAuthOptions', summary: 'Welche Anmeldungen eingerichtet sind (Passwort, OIDC).', tags: TAGS, responses: { '200': jsonBody(authOptions, 'Die Optionen.') } },
    },
    '/api/advisor/session': {
      post: {
        operationId: 'advisorSignIn',
        summary: 'Anmelden mit Benutzername und Passwort. Setzt das Sitzungs-Cookie (HttpOnly, Secure, SameSite=Strict); mit transport=bearer kommt das Token im Body.',
        tags: TAGS,
        requestBody: request(loginRequest),
        responses: { '201': jsonBody(advisorSession, 'Angemeldet.'), '401': problem('Benutzername oder Passwort falsch.'), '422': problem('Ungültige Angaben.'), '429': problem('Zu viele Versuche; Retry-After beachten (wachsende Wartezeit).') },
      },
      get: op('advisorSession', 'Die laufende Sitzung (nach Neuladen oder OIDC-Anmeldung).', { '200': jsonBody(advisorSession, 'Die Sitzung.') }),
      delete: op('advisorSignOut', 'Abmelden (diese Sitzung).', { '204': { description: 'Abgemeldet.' } }),
    },
    '/api/advisor/session/extend': { post: op('advisorStaySignedIn', '„Angemeldet bleiben“: zählt als Aktivität.', { '200': jsonBody(advisorSession, 'Die Sitzung mit neuer Ablaufzeit.') }) },
    '/api/advisor/sessions': { delete: op('advisorSignOutEverywhere', 'Überall abmelden: beendet alle Sitzungen des Kontos.', { '204': { description: 'Abgemeldet.' } }) },
    '/api/advisor/oidc/start': {
      get: { operationId: 'advisorOidcStart', summary: 'Anmeldung beim Identitätsanbieter beginnen (Weiterleitung, PKCE, state, nonce).', tags: TAGS, responses: { '302': { description: 'Weiter zum Identitätsanbieter.' }, '404': problem('OIDC nicht eingerichtet.') } },
    },
    '/api/advisor/oidc/callback': {
      get: { operationId: 'advisorOidcCallback', summary: 'Rückkehr vom Identitätsanbieter: setzt das Sitzungs-Cookie und leitet zur Arbeitsfläche.', tags: TAGS, responses: { '302': { description: 'Angemeldet.' }, '401': problem('Anmeldung fehlgeschlagen oder abgelaufen.'), '403': problem('Kein Konto für diese Person.') } },
    },
    '/api/advisor/appointments': {
      get: op('advisorAppointments', 'Termine der eigenen Beratungsstelle ab einem Tag (Europe/Berlin). X-Background: 1 zählt nicht als Aktivität.', { '200': jsonBody(appointmentList, 'Die Termine.'), '400': problem('Ungültige Suchangaben.') }, {
        parameters: queryParameters(appointmentQuery).map((p) => ({ name: p.name, in: 'query', required: p.required, schema: p.schema })),
      }),
    },
    '/api/advisor/appointments/{id}': {
      get: op('advisorAppointment', 'Ein Termin mit Kontaktdaten (nur für die eigene Beratungsstelle).', { '200': jsonBody(appointmentDetail, 'Der Termin.'), '404': problem('Kein Termin der eigenen Beratungsstelle.') }, { parameters: [appointmentId] }),
    },
    '/api/advisor/appointments/{id}/confirm': action('advisorConfirmAppointment', 'Vorläufigen Termin bestätigen; die Person erhält eine E-Mail.'),
    '/api/advisor/appointments/{id}/cancel': action('advisorCancelAppointment', 'Absagen mit einer Nachricht an die Person (E-Mail).', cancelAppointmentRequest),
    '/api/advisor/appointments/{id}/done': action('advisorAppointmentDone', 'Als erledigt eintragen (ab Beginn).'),
    '/api/advisor/appointments/{id}/no-show': action('advisorAppointmentNoShow', 'Als nicht erschienen eintragen (ab Beginn).'),
    '/api/advisor/appointments/{id}/note': {
      put: op('advisorAppointmentNote', 'Interne Notiz (nur Text, ohne Markup).', { '200': jsonBody(appointmentDetail, 'Der Termin.'), '404': problem('Kein Termin der eigenen Beratungsstelle.'), '422': problem('Ungültige Notiz.') }, {
        parameters: [appointmentId], requestBody: request(internalNoteRequest),
      }),
    },
    '/api/advisor/calendar-feed': {
      get: op('advisorCalendarFeedState', 'Ob eine Kalenderadresse aktiv ist.', { '200': { description: '{ active, createdAt }' } }),
      post: op('advisorRenewCalendarFeed', 'Neue private Kalenderadresse (die alte wird ungültig).', { '201': jsonBody(calendarFeed, 'Die Adresse (nur jetzt sichtbar).') }),
      delete: op('advisorRevokeCalendarFeed', 'Kalenderadresse sperren.', { '204': { description: 'Gesperrt.' } }),
    },
    '/api/advisor-feed/{file}': {
      get: {
        operationId: 'advisorCalendarFeed', summary: 'Der private Kalender (iCalendar) ohne Namen und Kontaktdaten; das Token steht in der Adresse.', tags: TAGS,
        parameters: [path('file', '<token>.ics')],
        responses: { '200': { description: 'text/calendar', content: { 'text/calendar': { schema: { type: 'string' } } } }, '404': problem('Unbekannte oder gesperrte Adresse.') },
      },
    },
    '/api/advisor/advisors': { get: op('advisorList', 'Beraterinnen und Berater der eigenen Beratungsstelle.', { '200': jsonBody(advisorList, 'Die Liste.') }) },
    '/api/advisor/availability/{advisorId}': {
      get: op('advisorAvailability', 'Regeln, Zusatztermine, Abwesenheiten, buchbarer Zeitraum und Konflikte.', { '200': jsonBody(availability, 'Die Verfügbarkeit.'), '404': problem('Nicht in der eigenen Beratungsstelle.') }, { parameters: [advisorId] }),
      put: op('advisorSaveAvailability', 'Verfügbarkeit ersetzen (eine Transaktion); Termine bleiben, Konflikte werden gelistet.', {
        '200': jsonBody(availability, 'Gespeichert, mit Konflikten.'), '404': problem('Nicht in der eigenen Beratungsstelle.'), '422': problem('Überschneidungen, Vergangenheit, Termindauer passt nicht (mit Feldpfaden).'),
      }, { parameters: [advisorId], requestBody: request(availabilityInput) }),
    },
    '/api/advisor/availability/{advisorId}/preview': {
      post: op('advisorPreviewAvailability', 'Vorschau der buchbaren Termine der nächsten 14 Tage, ohne zu speichern.', {
        '200': jsonBody(availabilityPreview, 'Die Vorschau.'), '404': problem('Nicht in der eigenen Beratungsstelle.'), '422': problem('Ungültige Angaben.'),
      }, { parameters: [advisorId], requestBody: request(availabilityInput) }),
    },
    '/api/advisor/centre': {
      get: op('advisorCentreProfile', 'Profil der eigenen Beratungsstelle.', { '200': jsonBody(centreProfile, 'Das Profil.') }),
      put: op('advisorSaveCentreProfile', 'Profil ändern (nur Leitung): Adresse wird geokodiert, jede Änderung protokolliert.', {
        '200': jsonBody(centreProfile, 'Gespeichert.'), '422': problem('Ungültige Angaben, Adresse nicht gefunden, Buchung nicht erlaubt (mit Feldpfaden).'),
      }, { requestBody: request(centreProfileInput) }),
    },
    '/api/advisor/audit': { get: op('advisorAudit', 'Änderungsprotokoll der Beratungsstelle (nur Leitung).', { '200': jsonBody(auditList, 'Die letzten 100 Änderungen.') }) },
  };
}
