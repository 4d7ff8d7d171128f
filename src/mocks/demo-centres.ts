/**
 * A small, hand-made set of demo centres for the browser mocks (the full generator reads files and
 * runs in Node only). Invented names and contacts; real towns and coordinates.
 */
import type { CentreSeed } from '../../server/seed/centre-types.ts';

type Spec = Pick<CentreSeed, 'id' | 'name' | 'carrier' | 'topics' | 'street' | 'postalCode' | 'city' | 'land' | 'lat' | 'lon'> &
  Partial<CentreSeed>;

const weekdays = (opens: string, closes: string) => ([1, 2, 3, 4, 5] as const).map((day) => ({ day, opens, closes }));

const centre = (spec: Spec): CentreSeed => ({
  languages: ['de'],
  barrierFree: true,
  modes: ['vor-ort', 'telefon'],
  openingHours: weekdays('09:00', '16:00'),
  serviceRegion: { postalCodes: [spec.postalCode] },
  bookingEnabled: true,
  avvSigned: true,
  advisors: [{ id: `${spec.id}-a1`, displayName: 'Beraterin Demo' }],
  phone: '0000 000000',
  email: `${spec.id}@beratung.example.org`,
  ...spec,
});

export const MOCK_CENTRES: CentreSeed[] = [
  centre({ id: 'mock-do-1', name: 'Schuldnerberatung Dortmund (Demo)', carrier: 'Caritas', topics: ['schuldnerberatung', 'sozialberatung'], street: 'Propsteihof 10', postalCode: '44137', city: 'Dortmund', land: '05', lat: 51.5149, lon: 7.4668, languages: ['de', 'tr'], modes: ['vor-ort', 'telefon', 'video'], web: 'https://schuldnerberatung-dortmund.example.org/' }),
  centre({ id: 'mock-do-2', name: 'Suchtberatung Dortmund (Demo)', carrier: 'Diakonie', topics: ['suchtberatung'], street: 'Rolandstraße 10', postalCode: '44145', city: 'Dortmund', land: '05', lat: 51.5262, lon: 7.4703, barrierFree: false, avvSigned: false }),
  centre({ id: 'mock-do-3', name: 'Migrationsberatung Dortmund (Demo)', carrier: 'AWO', topics: ['migrationsberatung', 'familienberatung'], street: 'Klosterstraße 8', postalCode: '44135', city: 'Dortmund', land: '05', lat: 51.5118, lon: 7.4731, languages: ['de', 'ar', 'uk', 'ru'], modes: ['vor-ort', 'chat'] }),
  centre({ id: 'mock-do-4', name: 'Wohnungsnotfallhilfe Dortmund (Demo)', carrier: 'kommunal', topics: ['wohnungsnotfallhilfe'], street: 'Leuthardstraße 1', postalCode: '44135', city: 'Dortmund', land: '05', lat: 51.5101, lon: 7.4803, openingHours: [...weekdays('08:00', '12:00'), { day: 6, opens: '10:00', closes: '12:00' }] }),
  centre({ id: 'mock-bi-1', name: 'Schwangerschaftsberatung Bielefeld (Demo)', carrier: 'Paritätischer', topics: ['schwangerschaftsberatung', 'familienberatung'], street: 'Niederwall 1', postalCode: '33602', city: 'Bielefeld', land: '05', lat: 52.0211, lon: 8.5347 }),
  centre({ id: 'mock-bi-2', name: 'Allgemeine Sozialberatung Bielefeld (Demo)', carrier: 'DRK', topics: ['sozialberatung', 'schuldnerberatung'], street: 'Jahnplatz 5', postalCode: '33602', city: 'Bielefeld', land: '05', lat: 52.0227, lon: 8.5325, bookingEnabled: false }),
  centre({ id: 'mock-wue-1', name: 'Schuldner- und Insolvenzberatung Würzburg (Demo)', carrier: 'Caritas', topics: ['schuldnerberatung'], street: 'Domstraße 1', postalCode: '97070', city: 'Würzburg', land: '09', lat: 49.7939, lon: 9.9294 }),
  centre({ id: 'mock-wue-2', name: 'Suchtberatung Würzburg (Demo)', carrier: 'Diakonie', topics: ['suchtberatung', 'sozialberatung'], street: 'Juliuspromenade 2', postalCode: '97070', city: 'Würzburg', land: '09', lat: 49.7975, lon: 9.9301, modes: ['vor-ort', 'video'] }),
  // Three more in NRW, beyond 25 km of Dortmund: a wide search has more than one page (10) of results.
  centre({ id: 'mock-e-1', name: 'Sozialberatung Essen (Demo)', carrier: 'Caritas', topics: ['sozialberatung'], street: 'Kettwiger Straße 1', postalCode: '45127', city: 'Essen', land: '05', lat: 51.4556, lon: 7.0116 }),
  centre({ id: 'mock-ms-1', name: 'Familienberatung Münster (Demo)', carrier: 'Diakonie', topics: ['familienberatung'], street: 'Prinzipalmarkt 1', postalCode: '48143', city: 'Münster', land: '05', lat: 51.9625, lon: 7.6256 }),
  centre({ id: 'mock-k-1', name: 'Wohnungsnotfallhilfe Köln (Demo)', carrier: 'kommunal', topics: ['wohnungsnotfallhilfe'], street: 'Hohe Straße 1', postalCode: '50667', city: 'Köln', land: '05', lat: 50.9384, lon: 6.9584 }),
];
