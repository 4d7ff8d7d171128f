/**
 * Contract of the counselling centres (Beratungsstellen): the topic and offer-mode ids, the search
 * query and the summary/detail responses. The seed generator imports `Topic` and `Mode` from here.
 */
import { z } from 'zod';

export const TOPICS = [
  'schuldnerberatung',
  'suchtberatung',
  'sozialberatung',
  'migrationsberatung',
  'schwangerschaftsberatung',
  'wohnungsnotfallhilfe',
  'familienberatung',
] as const;

/** Offer modes: in person, by phone, by video call, by chat. */
export const MODES = ['vor-ort', 'telefon', 'video', 'chat'] as const;

export const topic = z.enum(TOPICS);
export const mode = z.enum(MODES);
export type Topic = z.infer<typeof topic>;
export type Mode = z.infer<typeof mode>;

const text = (max: number) => z.string().min(1).max(max);
const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'eine Uhrzeit im Format HH:MM');
/** ISO 639-1 language code such as "de", "tr", "ar". */
export const languageCode = z.string().regex(/^[a-z]{2}$/, 'ein Sprachkürzel aus 2 Kleinbuchstaben (ISO 639-1)');
export const postalCode = z.string().regex(/^\d{5}$/, 'eine Postleitzahl aus 5 Ziffern');
export const landKey = z.string().regex(/^(0[1-9]|1[0-6])$/, 'ein Länderschlüssel von 01 bis 16');

/** One opening interval on an ISO weekday (1 = Monday … 7 = Sunday), local time Europe/Berlin. */
export const openingInterval = z.strictObject({
  day: z.int().min(1).max(7),
  opens: time,
  closes: time,
});

/** What a result list shows of a centre. */
export const centreSummary = z.strictObject({
  id: text(80),
  name: text(200),
  /** Träger, e.g. "Caritas", "Diakonie", "AWO", "kommunal". */
  carrier: text(120),
  topics: z.array(topic),
  languages: z.array(languageCode),
  barrierFree: z.boolean(),
  modes: z.array(mode),
  street: text(200),
  postalCode,
  city: text(120),
  land: landKey,
  lat: z.number(),
  lon: z.number(),
  /** Great-circle distance from the searched point, in km (absent when no point was given). */
  distanceKm: z.number().min(0).optional(),
  /** Open at the moment of the request, with the public holidays of the centre's Land. */
  openNow: z.boolean(),
  /** Online booking works here: enabled by the centre, AVV signed, and its Land takes part. */
  onlineBooking: z.boolean(),
  contact: z.strictObject({
    phone: text(40).optional(),
    email: z.email().optional(),
    web: z.url().optional(),
  }),
  /** Weekly hours, so a list can say "open today until …" in the citizen's own time. */
  openingHours: z.array(openingInterval),
  /** The postcodes this centre is responsible for (its Einzugsgebiet). */
  serviceRegion: z.strictObject({ postalCodes: z.array(postalCode) }),
});

export const advisor = z.strictObject({ id: text(80), displayName: text(120) });

/** The full profile of one centre. */
export const centreDetail = centreSummary.omit({ distanceKm: true }).extend({
  advisors: z.array(advisor),
  /** Always true for the seeded centres: they are invented for the demo, not real offices. */
  demo: z.boolean(),
});

export const MAX_PAGE_SIZE = 100;
export const MAX_RADIUS_KM = 300;

/** Search by point and radius plus filters. Within one filter any value matches; filters combine with AND. */
export const centreSearchQuery = z.strictObject({
  lat: z.number().min(47).max(55.2),
  lon: z.number().min(5.8).max(15.1),
  radiusKm: z.number().min(1).max(MAX_RADIUS_KM).default(25),
  topic: z.array(topic).max(TOPICS.length).optional(),
  mode: z.array(mode).max(MODES.length).optional(),
  language: z.array(languageCode).max(20).optional(),
  barrierFree: z.boolean().optional(),
  openNow: z.boolean().optional(),
  offset: z.int().min(0).max(10_000).default(0),
  limit: z.int().min(1).max(MAX_PAGE_SIZE).default(20),
});

export const centrePage = z.strictObject({
  /** All centres matching the search, not only this page. */
  total: z.int().min(0),
  offset: z.int().min(0),
  limit: z.int().min(1),
  items: z.array(centreSummary),
});

export type OpeningInterval = z.infer<typeof openingInterval>;
export type CentreSummary = z.infer<typeof centreSummary>;
export type CentreDetail = z.infer<typeof centreDetail>;
export type CentreSearchQuery = z.input<typeof centreSearchQuery>;
export type CentreSearch = z.output<typeof centreSearchQuery>;
export type CentrePage = z.infer<typeof centrePage>;
