/** OpenAPI paths of online applications (merged into the document by openapi.ts). */
import { schema, jsonBody, problem, type Json } from './openapi-parts.ts';
import { applicationReceipt, applicationSubmission, storedApplication } from './applications.ts';

const reference = { name: 'reference', in: 'path', required: true, description: 'Vorgangsnummer, z. B. SP-7KQ2-M9XD.', schema: { type: 'string', pattern: '^SP-[A-Z0-9]{4}-[A-Z0-9]{4}$' } };
const authorization = { name: 'Authorization', in: 'header', required: true, description: 'Bearer-Token der Behörde (AUTHORITY_TOKEN, siehe docs/applications.md).', schema: { type: 'string' } };

export function applicationPaths(): Json {
  return {
    '/api/applications': {
      post: {
        operationId: 'submitApplication',
        summary: 'Einen im Browser verschlüsselten Antrag (JWE) einreichen. Wiederholbar: derselbe Idempotency-Key liefert dieselbe Quittung.',
        tags: ['Anträge'],
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, description: 'Zufällige Kennung des Antrags (16–64 Zeichen), bei jedem Versuch dieselbe.', schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: schema(applicationSubmission) } } },
        responses: {
          '201': jsonBody(applicationReceipt, 'Eingegangen: Vorgangsnummer und Zeitpunkt.'),
          '200': jsonBody(applicationReceipt, 'Schon eingegangen (gleicher Idempotency-Key): die erste Quittung.'),
          '400': problem('Idempotency-Key fehlt oder ist ungültig.'),
          '409': problem('Der Idempotency-Key gehört zu einem anderen Antrag.'),
          '413': problem('Zu groß (Anlagen zusammen höchstens etwa 10 MB).'),
          '422': problem('Ungültige Angaben oder Leistung hier nicht online beantragbar.'),
        },
      },
    },
    '/api/authority/applications/{reference}': {
      get: {
        operationId: 'getStoredApplication',
        summary: 'Für die Behörde: einen gespeicherten Antrag (Chiffrat und Metadaten) abrufen.',
        tags: ['Anträge'],
        parameters: [reference, authorization],
        responses: { '200': jsonBody(storedApplication, 'Der Antrag; ciphertext ist null nach Quittierung oder Ablauf der Frist.'), '401': problem('Token fehlt oder ist falsch.'), '404': problem('Unbekannte Vorgangsnummer.') },
      },
    },
    '/api/authority/applications/{reference}/ack': {
      post: {
        operationId: 'acknowledgeApplication',
        summary: 'Für die Behörde: Empfang quittieren. Das Chiffrat wird sofort gelöscht.',
        tags: ['Anträge'],
        parameters: [reference, authorization],
        responses: { '200': jsonBody(storedApplication, 'Quittiert; ciphertext ist null.'), '401': problem('Token fehlt oder ist falsch.'), '404': problem('Unbekannte Vorgangsnummer.') },
      },
    },
  };
}
