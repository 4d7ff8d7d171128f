/**
 * The OpenAPI 3.1 document, built from the zod schemas of this folder (components) and a
 * hand-written table of paths. Served at /api/openapi.json; the reference page renders it.
 */
import { z } from 'zod';
import { centreDetail, centrePage, centreSearchQuery, centreSummary, openingInterval, advisor } from './centres.ts';
import { health, readiness } from './health.ts';
import { place, placeCandidate, placeList, placeSuggestQuery } from './places.ts';
import { fieldError, problem } from './problem.ts';
import { queryParameters } from './query.ts';
import { serviceInfo, serviceList } from './services.ts';
import { resolvedTenant } from './tenant.ts';
import { applicationPaths } from './applications-openapi.ts';
import { bookingPaths } from './bookings-openapi.ts';
import { advisorPaths } from './advisor-openapi.ts';

export const API_VERSION = '0.1.0';

type Json = Record<string, unknown>;

const COMPONENTS: Record<string, z.core.$ZodType> = {
  Problem: problem,
  FieldError: fieldError,
  Health: health,
  Readiness: readiness,
  ResolvedTenant: resolvedTenant,
  ServiceInfo: serviceInfo,
  ServiceList: serviceList,
  OpeningInterval: openingInterval,
  Advisor: advisor,
  CentreSummary: centreSummary,
  CentreDetail: centreDetail,
  CentrePage: centrePage,
  Place: place,
  PlaceCandidate: placeCandidate,
  PlaceList: placeList,
};

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Json> };
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    out[id] = rest;
  }
  // The request body accepts what the query accepts; defaults make fields optional on input.
  const { $schema: _s, ...searchRequest } = z.toJSONSchema(centreSearchQuery, { io: 'input' }) as Json;
  out.CentreSearchRequest = searchRequest;
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const COMMON_ERRORS = {
  '503': problemResponse('Die Datenbank ist gerade nicht erreichbar; später erneut versuchen.'),
  '500': problemResponse('Unerwarteter Fehler.'),
};

function queryParams(schema: z.ZodObject, descriptions: Record<string, string>) {
  return queryParameters(schema).map((p) => ({
    name: p.name,
    in: 'query',
    required: p.required,
    ...(descriptions[p.name] ? { description: descriptions[p.name] } : {}),
    schema: p.schema,
    ...(p.kind === 'array' ? { style: 'form', explode: true } : {}),
  }));
}

const pathParam = (name: string, description: string, schema: Json) => ({ name, in: 'path', required: true, description, schema });

const CENTRE_QUERY_DESCRIPTIONS: Record<string, string> = {
  lat: 'Breitengrad des gesuchten Orts (WGS 84).',
  lon: 'Längengrad des gesuchten Orts (WGS 84).',
  radiusKm: 'Umkreis in Kilometern.',
  topic: 'Themen; mehrfach angeben für „eines davon“.',
  mode: 'Angebotsformen; mehrfach angeben für „eine davon“.',
  language: 'Beratungssprachen (ISO 639-1); mehrfach angeben für „eine davon“.',
  barrierFree: 'Nur barrierefrei zugängliche Stellen.',
  openNow: 'Nur Stellen, die jetzt geöffnet haben (mit den Feiertagen ihres Landes).',
  offset: 'Wie viele Treffer übersprungen werden (Blättern).',
  limit: 'Treffer je Seite.',
};

function paths(): Json {
  return {
    '/api/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Lebenszeichen des Prozesses (ohne Datenbank).',
        tags: ['Betrieb'],
        responses: { '200': json('Health', 'Der Prozess läuft.') },
      },
    },
    '/api/ready': {
      get: {
        operationId: 'getReadiness',
        summary: 'Bereitschaft: Die Datenbank antwortet.',
        tags: ['Betrieb'],
        responses: { '200': json('Readiness', 'Bereit.'), '503': problemResponse('Datenbank nicht erreichbar.') },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'Dieses Dokument.',
        tags: ['Betrieb'],
        responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/api/docs': {
      get: {
        operationId: 'getDocs',
        summary: 'Lesbare Referenz dieses Dokuments.',
        tags: ['Betrieb'],
        responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
    '/api/tenants/{ags}/config': {
      get: {
        operationId: 'getTenantConfig',
        summary: 'Aufgelöste Konfiguration einer Kommune (Plattform → Land → Kommune).',
        tags: ['Mandanten'],
        parameters: [pathParam('ags', 'Amtlicher Gemeindeschlüssel (8 Ziffern).', { type: 'string', pattern: '^\\d{8}$' })],
        responses: {
          '200': json('ResolvedTenant', 'Die Konfiguration.'),
          '400': problemResponse('Kein gültiger Gemeindeschlüssel.'),
          '404': problemResponse('Diese Kommune ist nicht angeschlossen.'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/services': {
      get: {
        operationId: 'listServices',
        summary: 'Leistungskatalog: Module, OZG-Leistungen und Informationsleistungen.',
        tags: ['Leistungen'],
        responses: { '200': json('ServiceList', 'Alle Leistungen.'), ...COMMON_ERRORS },
      },
    },
    '/api/services/{id}': {
      get: {
        operationId: 'getService',
        summary: 'Eine Leistung mit Rechtsgrundlage, zuständiger Stelle und Unterlagen.',
        tags: ['Leistungen'],
        parameters: [pathParam('id', 'Kennung der Leistung, z. B. „hilfe-zum-lebensunterhalt“.', { type: 'string' })],
        responses: { '200': json('ServiceInfo', 'Die Leistung.'), '404': problemResponse('Unbekannte Leistung.'), ...COMMON_ERRORS },
      },
    },
    '/api/centres': {
      get: {
        operationId: 'searchCentres',
        summary: 'Beratungsstellen im Umkreis eines Orts, nach Entfernung sortiert.',
        tags: ['Beratungsstellen'],
        parameters: queryParams(centreSearchQuery, CENTRE_QUERY_DESCRIPTIONS),
        responses: {
          '200': json('CentrePage', 'Eine Seite Treffer und die Gesamtzahl.'),
          '400': problemResponse('Ungültige Suchangaben (mit Feldpfaden).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/centres/search': {
      post: {
        operationId: 'searchCentresByBody',
        summary: 'Dieselbe Suche mit den Angaben als JSON (für lange Filterlisten).',
        tags: ['Beratungsstellen'],
        requestBody: { required: true, content: { 'application/json': { schema: ref('CentreSearchRequest') } } },
        responses: {
          '200': json('CentrePage', 'Eine Seite Treffer und die Gesamtzahl.'),
          '400': problemResponse('Kein gültiges JSON.'),
          '413': problemResponse('Anfrage zu groß.'),
          '415': problemResponse('Falscher Content-Type.'),
          '422': problemResponse('Ungültige Suchangaben (mit Feldpfaden).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/centres/{id}': {
      get: {
        operationId: 'getCentre',
        summary: 'Profil einer Beratungsstelle mit Öffnungszeiten, Kontakt und Einzugsgebiet.',
        tags: ['Beratungsstellen'],
        parameters: [pathParam('id', 'Kennung der Beratungsstelle.', { type: 'string', maxLength: 80 })],
        responses: { '200': json('CentreDetail', 'Die Beratungsstelle.'), '404': problemResponse('Unbekannte Beratungsstelle.'), ...COMMON_ERRORS },
      },
    },
    '/api/places': {
      get: {
        operationId: 'suggestPlaces',
        summary: 'Ortsvorschläge beim Tippen: Anfang einer PLZ oder eines Ortsnamens.',
        tags: ['Orte'],
        parameters: queryParams(placeSuggestQuery, { q: 'Eingabe (PLZ-Anfang oder Ortsname).', limit: 'Höchstzahl der Vorschläge.' }),
        responses: { '200': json('PlaceList', 'Vorschläge, die besten zuerst.'), '400': problemResponse('Ungültige Eingabe.') },
      },
    },
    '/api/places/{plz}': {
      get: {
        operationId: 'getPlacesByPostalCode',
        summary: 'Alle Orte einer Postleitzahl.',
        tags: ['Orte'],
        parameters: [pathParam('plz', 'Postleitzahl (5 Ziffern).', { type: 'string', pattern: '^\\d{5}$' })],
        responses: {
          '200': json('PlaceList', 'Die Orte dieser Postleitzahl.'),
          '400': problemResponse('Keine Postleitzahl aus 5 Ziffern.'),
          '404': problemResponse('Diese Postleitzahl gibt es nicht.'),
        },
      },
    },
  };
}

let cached: Json | undefined;

/** The whole document; built once, it never changes while the process runs. */
export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Sozialplattform – Referenz-API',
      version: API_VERSION,
      description:
        'Referenz-API der einbettbaren Sozialplattform: Mandantenkonfiguration, Leistungskatalog, Beratungsstellen und Ortssuche. ' +
        'Fehler kommen als application/problem+json (RFC 9457) mit Feldpfaden und deutschen Meldungen. Alle Beratungsstellen sind erfundene Demodaten.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Betrieb' },
      { name: 'Mandanten' },
      { name: 'Leistungen' },
      { name: 'Beratungsstellen' },
      { name: 'Orte', description: 'Ortsdaten: © OpenStreetMap-Mitwirkende (ODbL), GeoNames (CC BY 4.0).' },
    ],
    paths: { ...paths(), ...applicationPaths(), ...bookingPaths(), ...advisorPaths() },
    components: { schemas: componentSchemas() },
  };
  return cached;
}
