/**
 * A handful of hand-made centres around Dortmund and Würzburg whose distances and filters the
 * tests can reason about exactly (the generated 2,000 are tested for their shape and count).
 */
import type { CentreSeed } from '../../../server/seed/centre-types.ts';
import type { DemoData } from '../../../server/seed/seed.ts';
import { readTenantFiles } from '../../../server/seed/tenant-files.ts';
import { SERVICE_CATALOGUE } from '../../../src/catalogue/services.ts';

const weekdays = (opens: string, closes: string) =>
  ([1, 2, 3, 4, 5] as const).map((day) => ({ day, opens, closes }));

const base = {
  languages: ['de'],
  barrierFree: false,
  modes: ['vor-ort'],
  land: '05',
  openingHours: weekdays('09:00', '17:00'),
  serviceRegion: { postalCodes: ['44137'] },
  bookingEnabled: true,
  avvSigned: true,
  advisors: [],
} satisfies Partial<CentreSeed>;

/** Dortmund city centre, the point most tests search from. */
export const DORTMUND = { lat: 51.5136, lon: 7.4653 };

export const FIXTURE_CENTRES: CentreSeed[] = [
  {
    ...base,
    id: 'do-schuldner',
    name: 'Schuldnerberatung Dortmund-Mitte (Demo)',
    carrier: 'Caritas',
    topics: ['schuldnerberatung', 'sozialberatung'],
    languages: ['de', 'tr'],
    barrierFree: true,
    modes: ['vor-ort', 'telefon', 'video'],
    street: 'Propsteihof 10',
    postalCode: '44137',
    city: 'Dortmund',
    lat: 51.5149,
    lon: 7.4668,
    phone: '0231 000000-1',
    email: 'schuldnerberatung@caritas-do.example.org',
    advisors: [{ id: 'adv-1', displayName: 'Frau A. (Demo)' }],
  },
  {
    ...base,
    id: 'do-sucht',
    name: 'Suchtberatung Dortmund-Hörde (Demo)',
    carrier: 'Diakonie',
    topics: ['suchtberatung'],
    languages: ['de', 'ar'],
    street: 'Hermannstraße 1',
    postalCode: '44263',
    city: 'Dortmund',
    lat: 51.4853,
    lon: 7.5096,
    openingHours: [{ day: 6, opens: '10:00', closes: '12:00' }],
    avvSigned: false,
  },
  {
    ...base,
    id: 'bochum-migration',
    name: 'Migrationsberatung Bochum (Demo)',
    carrier: 'AWO',
    topics: ['migrationsberatung'],
    languages: ['de', 'uk', 'ru'],
    modes: ['vor-ort', 'chat'],
    street: 'Kortumstraße 1',
    postalCode: '44787',
    city: 'Bochum',
    lat: 51.4818,
    lon: 7.2162,
  },
  {
    ...base,
    id: 'wue-schwanger',
    name: "Schwangerschaftsberatung Würzburg (Demo) O'Brien; DROP TABLE centres;--",
    carrier: 'Diakonie',
    topics: ['schwangerschaftsberatung', 'familienberatung'],
    land: '09',
    street: 'Domstraße 1',
    postalCode: '97070',
    city: 'Würzburg',
    lat: 49.7939,
    lon: 9.9294,
    serviceRegion: { postalCodes: ['97070', '97072'] },
  },
  {
    ...base,
    id: 'hb-wohnen',
    name: 'Wohnungsnotfallhilfe Bremen (Demo)',
    carrier: 'kommunal',
    topics: ['wohnungsnotfallhilfe'],
    land: '04',
    street: 'Am Markt 1',
    postalCode: '28195',
    city: 'Bremen',
    lat: 53.0758,
    lon: 8.8072,
  },
];

export function fixtureData(centres: readonly CentreSeed[] = FIXTURE_CENTRES): DemoData {
  return { ...readTenantFiles(), services: SERVICE_CATALOGUE, centres: () => centres };
}
