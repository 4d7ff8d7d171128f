/**
 * The tenant-configuration schema: the one source of the config's TS types, its JSON Schema
 * (published in dist/) and its structural validation. Cross-field rules (a service the Land has
 * not taken on, contrast, a live service without office) live in `rules.ts`.
 *
 * zod/mini keeps the validator small enough to ship to the browser in a lazy chunk.
 */
import './zod-csp.ts';
import * as z from 'zod/mini';
import { LEISTUNG_IDS, SERVICE_IDS } from '../catalogue/service-ids.ts';
import { LOCALES } from '../i18n/locales.ts';

const text = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max), z.trim());

/** An absolute http(s) URL, or a mailto: link (feedback channels are often e-mail addresses). */
export const linkUrl = z.string().check(
  z.maxLength(500),
  z.refine((value) => /^(https?:\/\/[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/i.test(value), {
    message: 'eine vollständige Adresse mit https:// (oder mailto: für E-Mail)',
  }),
);

/** A site origin such as https://www.dortmund.de, without path (used for CORS). */
export const origin = z.string().check(
  z.maxLength(200),
  z.refine((value) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(value), {
    message: 'eine Herkunft wie https://www.beispiel.de ohne Pfad und ohne / am Ende',
  }),
);

export const hexColour = z.string().check(
  z.refine((value) => /^#[0-9a-f]{6}$/i.test(value), { message: 'eine Farbe im Format #RRGGBB' }),
);

/** Amtlicher Gemeindeschlüssel: 2 digits Land, 1 Regierungsbezirk, 2 Kreis, 3 Gemeinde. */
export const ags = z.string().check(
  z.refine((value) => /^\d{8}$/.test(value), { message: 'ein Amtlicher Gemeindeschlüssel aus 8 Ziffern' }),
);
export const landKey = z.string().check(
  z.refine((value) => /^(0[1-9]|1[0-6])$/.test(value), { message: 'ein Länderschlüssel von 01 bis 16' }),
);

export const serviceId = z.enum(SERVICE_IDS);
export const leistungId = z.enum(LEISTUNG_IDS);
export const locale = z.enum(LOCALES);

export const contact = z.strictObject({
  phone: z.optional(text(40)),
  email: z.optional(z.email()),
  web: z.optional(linkUrl),
});

/** An office responsible for a service (Zuständigkeit); the Kreis often executes for its Gemeinden. */
export const office = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{2,60}$/, 'eine Kennung aus Kleinbuchstaben, Ziffern und -')),
  name: text(),
  street: text(),
  postalCode: z.string().check(z.regex(/^\d{5}$/, 'eine Postleitzahl aus 5 Ziffern')),
  city: text(80),
  /** Human-readable lines such as "Mo–Fr 8:00–12:00 Uhr", shown as written. */
  openingHours: z.array(text(120)).check(z.maxLength(14)),
  contact,
});

export const theme = z.strictObject({
  primary: hexColour,
  onPrimary: hexColour,
  background: hexColour,
  text: hexColour,
  focus: hexColour,
  /** Font stack; when absent the widgets inherit the host page's font. */
  fontFamily: z.optional(text(200)),
  logoUrl: z.optional(linkUrl),
  /** Corner radius in px. */
  radius: z.optional(z.number().check(z.minimum(0), z.maximum(24))),
});

/** How a Land took on a service: through its Kommunalvertreter, the FIT-Store, or its own build. */
export const reuseRoute = z.enum(['kommunalvertreter', 'fit-store', 'eigen']);

export const landService = z.strictObject({
  service: serviceId,
  route: reuseRoute,
  /** The intermediary, e.g. "d-NRW AöR", "AKDB", "Komm.ONE" or "FITKO (FIT-Store)". */
  provider: text(120),
});

export const landConfig = z.strictObject({
  key: landKey,
  name: text(80),
  services: z.array(landService).check(z.maxLength(SERVICE_IDS.length)),
  defaults: z.strictObject({
    locales: z.array(locale).check(z.minLength(1)),
    defaultLocale: locale,
    userAccount: z.enum(['bundid', 'none']),
    coordinatingOffice: z.strictObject({ name: text(), contact }),
  }),
});

/** The Einzelabruf of one service by a Kommune. */
export const serviceActivation = z.strictObject({
  service: serviceId,
  /** Id of the responsible office in `offices`. */
  office: z.optional(z.string().check(z.maxLength(60))),
  /** True when citizens can apply online here; otherwise the widget shows the office and the paper route. */
  onlineApplication: z.boolean(),
  /** The office's public key (JWK, RSA) that online applications are encrypted to. */
  applicationKey: z.optional(
    z.strictObject({ kty: z.literal('RSA'), n: z.string(), e: z.string(), kid: z.optional(z.string()), alg: z.optional(z.string()) }),
  ),
});

export const links = z.strictObject({
  imprint: linkUrl,
  privacy: linkUrl,
  accessibility: linkUrl,
  feedback: linkUrl,
});

export const counsellingRegion = z.strictObject({
  centre: z.strictObject({
    lat: z.number().check(z.minimum(47), z.maximum(55.2)),
    lon: z.number().check(z.minimum(5.8), z.maximum(15.1)),
  }),
  radiusKm: z.number().check(z.minimum(1), z.maximum(200)),
});

/**
 * What a Kommune writes in another language instead of its German: its name and its offices'
 * names and opening hours (BITV: an office a citizen must find should be named in their language).
 * Everything else the widgets say comes from the platform's translations.
 */
export const localizedTexts = z.strictObject({
  name: z.optional(text(120)),
  offices: z.optional(
    z.record(
      z.string().check(z.maxLength(60)),
      z.strictObject({
        name: z.optional(text()),
        openingHours: z.optional(z.array(text(120)).check(z.maxLength(14))),
      }),
    ),
  ),
});

/** Per language; a missing text falls back to the German one. */
export const tenantTexts = z.partialRecord(locale, localizedTexts);

/**
 * A map image (tile) address in the usual XYZ scheme with 256-px tiles: https, or a path on the
 * host page's own site. Each of {z}, {x}, {y} exactly once, no other placeholder.
 */
export const tileUrl = z.string().check(
  z.maxLength(300),
  z.refine(
    (value) =>
      /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?\/|\/(?![/\\]))[^\s"'<>\\{}]*(\{[xyz]\}[^\s"'<>\\{}]*){3}$/i.test(value) &&
      ['{z}', '{x}', '{y}'].every((p) => value.split(p).length === 2),
    { message: 'eine Kachel-Adresse mit https:// (oder ein Pfad mit / auf derselben Website), die {z}, {x} und {y} je einmal enthält' },
  ),
);

/**
 * The optional map of the counselling finder. Off unless set: the citizen opens it with a click,
 * and only then does the browser ask the tile server (which sees the citizen's IP address).
 */
export const counsellingMap = z.strictObject({
  tiles: tileUrl,
  /** Shown under the map as written; tile licences (e.g. ODbL for OpenStreetMap) require it. */
  attribution: text(200),
  /** Where the attribution links to, e.g. https://www.openstreetmap.org/copyright. */
  attributionUrl: z.optional(linkUrl),
  /** The deepest zoom level the tile server offers (default 18). */
  maxZoom: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
});

/** Per-tenant booking settings; the retention job reads them from the stored Kommune config. */
export const bookingSettings = z.strictObject({
  /** Days after the appointment until contact data and note are deleted (DSGVO); else the platform default. */
  retentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(365))),
});

/** What a Kommune writes: its own choices, narrowing its Land's. */
export const kommuneConfig = z.strictObject({
  $schema: z.optional(z.string()),
  ags,
  name: text(120),
  land: landKey,
  services: z.array(serviceActivation).check(z.maxLength(SERVICE_IDS.length)),
  offices: z.array(office).check(z.minLength(1), z.maxLength(50)),
  /** The office citizens are sent to when a service is not switched on here (usually the Sozialamt). */
  generalOffice: z.string().check(z.maxLength(60)),
  theme: z.optional(z.partial(theme)),
  locales: z.optional(z.array(locale).check(z.minLength(1))),
  defaultLocale: z.optional(locale),
  counsellingRegion,
  origins: z.array(origin).check(z.maxLength(20)),
  links,
  booking: z.optional(bookingSettings),
  texts: z.optional(tenantTexts),
  counsellingMap: z.optional(counsellingMap),
});

/** The platform level: defaults every Land and Kommune inherit. */
export const platformConfig = z.strictObject({
  version: text(20),
  theme,
});

/** What the loader receives: the cascade platform → Land → Kommune applied, nothing left optional. */
export const resolvedTenant = z.strictObject({
  schemaVersion: z.literal(1),
  ags,
  name: text(120),
  land: z.strictObject({
    key: landKey,
    name: text(80),
    services: z.array(landService),
    userAccount: z.enum(['bundid', 'none']),
    coordinatingOffice: z.strictObject({ name: text(), contact }),
  }),
  services: z.array(serviceActivation),
  offices: z.array(office).check(z.minLength(1)),
  generalOffice: z.string(),
  theme,
  locales: z.array(locale).check(z.minLength(1)),
  defaultLocale: locale,
  counsellingRegion,
  origins: z.array(origin),
  links,
  booking: z.optional(bookingSettings),
  texts: z.optional(tenantTexts),
  counsellingMap: z.optional(counsellingMap),
});

export type Office = z.infer<typeof office>;
export type Theme = z.infer<typeof theme>;
export type TenantTexts = z.infer<typeof tenantTexts>;
export type TenantBookingSettings = z.infer<typeof bookingSettings>;
export type CounsellingMap = z.infer<typeof counsellingMap>;
export type LandConfig = z.infer<typeof landConfig>;
export type LandService = z.infer<typeof landService>;
export type ServiceActivation = z.infer<typeof serviceActivation>;
export type KommuneConfig = z.infer<typeof kommuneConfig>;
export type PlatformConfig = z.infer<typeof platformConfig>;
export type ResolvedTenant = z.infer<typeof resolvedTenant>;
export type ReuseRoute = z.infer<typeof reuseRoute>;
