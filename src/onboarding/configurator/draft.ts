/**
 * What the configurator edits: the Kommune's file as the form holds it (strings as typed), and
 * the conversion to the file the loader's validation checks. No rule lives here: every check is
 * src/tenant's, so the configurator shows exactly the loader's messages.
 */
import type { ServiceId } from '../../catalogue/service-ids.ts';
import type { KommuneConfig, LandConfig, PlatformConfig, Theme } from '../../tenant/schema.ts';

export interface OfficeDraft {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** One line per entry, as citizens will read it. */
  openingHours: string;
  phone: string;
  email: string;
  web: string;
}

export interface ServiceDraft {
  service: ServiceId;
  /** Id of the responsible office; '' for none. */
  office: string;
  onlineApplication: boolean;
  /** The office's public key as JSON text (JWK); '' for none. */
  applicationKey: string;
}

export interface MapDraft {
  tiles: string;
  attribution: string;
  attributionUrl: string;
  maxZoom: string;
}

export const noMap = (): MapDraft => ({ tiles: '', attribution: '', attributionUrl: '', maxZoom: '' });

export type ThemeColour = 'primary' | 'onPrimary' | 'background' | 'text' | 'focus';
export const THEME_COLOURS: readonly ThemeColour[] = ['primary', 'onPrimary', 'background', 'text', 'focus'];
export type LinkKey = 'imprint' | 'privacy' | 'accessibility' | 'feedback';
export const LINK_KEYS: readonly LinkKey[] = ['imprint', 'privacy', 'accessibility', 'feedback'];

export interface KommuneDraft {
  ags: string;
  name: string;
  land: string;
  /** The switched-on services (each an Einzelabruf), in the Land's order. */
  services: ServiceDraft[];
  offices: OfficeDraft[];
  generalOffice: string;
  theme: Record<ThemeColour, string>;
  /** Font, logo and corner radius from an imported file, kept as they were. */
  themeExtras: Partial<Pick<Theme, 'fontFamily' | 'logoUrl' | 'radius'>>;
  locales: string[];
  defaultLocale: string;
  /** One origin per line. */
  origins: string;
  links: Record<LinkKey, string>;
  region: { lat: string; lon: string; radiusKm: string };
  /** The optional map of the counselling finder; all empty: no map. */
  map: MapDraft;
  /** Parts of an imported file the configurator has no form for (texts per language, booking settings), kept as they were. */
  kept: Partial<Pick<KommuneConfig, 'texts' | 'booking'>>;
}

export const emptyOffice = (id = ''): OfficeDraft => ({
  id,
  name: '',
  street: '',
  postalCode: '',
  city: '',
  openingHours: '',
  phone: '',
  email: '',
  web: '',
});

export function emptyDraft(land: Pick<LandConfig, 'key' | 'defaults'>, platform: PlatformConfig): KommuneDraft {
  const theme = platform.theme;
  return {
    ags: '',
    name: '',
    land: land.key,
    services: [],
    offices: [emptyOffice('sozialamt')],
    generalOffice: 'sozialamt',
    theme: { primary: theme.primary, onPrimary: theme.onPrimary, background: theme.background, text: theme.text, focus: theme.focus },
    themeExtras: {},
    locales: [...land.defaults.locales],
    defaultLocale: land.defaults.defaultLocale,
    origins: '',
    links: { imprint: '', privacy: '', accessibility: '', feedback: '' },
    region: { lat: '', lon: '', radiusKm: '25' },
    map: noMap(),
    kept: {},
  };
}

const trimmed = (value: string) => value.trim();
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const lines = (value: string) => value.split('\n').map(trimmed).filter(Boolean);
/** '' stays undefined (so the schema reports a missing value); anything else a number or NaN. */
const number = (value: string) => (value.trim() === '' ? undefined : Number(value.replace(',', '.')));

function parseKey(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Passed on as text: the schema then reports it where the loader would.
    return text;
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The map setting as typed; undefined (no map) when every field is empty. */
function mapInput(map: MapDraft): Record<string, unknown> | undefined {
  if (Object.values(map).every((v) => v.trim() === '')) return undefined;
  return withoutUndefined({ tiles: trimmed(map.tiles), attribution: optional(map.attribution), attributionUrl: optional(map.attributionUrl), maxZoom: number(map.maxZoom) });
}

/** The Kommune's configuration file as the draft stands (unvalidated: validation is src/tenant's). */
export function toKommuneInput(draft: KommuneDraft): Record<string, unknown> {
  return {
    ags: trimmed(draft.ags),
    name: trimmed(draft.name),
    land: draft.land,
    services: draft.services.map((s) =>
      withoutUndefined({
        service: s.service,
        office: optional(s.office),
        onlineApplication: s.onlineApplication,
        applicationKey: s.onlineApplication ? parseKey(s.applicationKey) : undefined,
      }),
    ),
    offices: draft.offices.map((o) => ({
      id: trimmed(o.id),
      name: trimmed(o.name),
      street: trimmed(o.street),
      postalCode: trimmed(o.postalCode),
      city: trimmed(o.city),
      openingHours: lines(o.openingHours),
      contact: withoutUndefined({ phone: optional(o.phone), email: optional(o.email), web: optional(o.web) }),
    })),
    generalOffice: trimmed(draft.generalOffice),
    theme: {
      ...Object.fromEntries(THEME_COLOURS.filter((c) => draft.theme[c].trim()).map((c) => [c, draft.theme[c].trim()])),
      ...draft.themeExtras,
    },
    locales: [...draft.locales],
    defaultLocale: draft.defaultLocale,
    counsellingRegion: {
      centre: { lat: number(draft.region.lat), lon: number(draft.region.lon) },
      radiusKm: number(draft.region.radiusKm),
    },
    origins: lines(draft.origins),
    links: { ...draft.links },
    counsellingMap: mapInput(draft.map),
    ...draft.kept,
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const obj = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const arr = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/**
 * A draft from an existing file, taking over whatever fits; what does not fit is left for the
 * validation to report. `base` supplies what the file leaves open (theme, languages).
 */
export function draftFromFile(input: unknown, base: KommuneDraft): KommuneDraft {
  const file = obj(input) as Partial<Record<keyof KommuneConfig, unknown>>;
  const theme = obj(file.theme) as Partial<Theme>;
  const region = obj(file.counsellingRegion);
  const centre = obj(region.centre);
  const links = obj(file.links);
  const map = obj(file.counsellingMap);
  return {
    ...base,
    ags: str(file.ags),
    name: str(file.name),
    land: str(file.land) || base.land,
    services: arr(file.services).map((raw) => {
      const s = obj(raw);
      return {
        service: str(s.service) as ServiceId,
        office: str(s.office),
        onlineApplication: s.onlineApplication === true,
        applicationKey: s.applicationKey === undefined ? '' : JSON.stringify(s.applicationKey),
      };
    }),
    offices: arr(file.offices).map((raw) => {
      const o = obj(raw);
      const contact = obj(o.contact);
      return {
        id: str(o.id),
        name: str(o.name),
        street: str(o.street),
        postalCode: str(o.postalCode),
        city: str(o.city),
        openingHours: arr(o.openingHours).map(str).join('\n'),
        phone: str(contact.phone),
        email: str(contact.email),
        web: str(contact.web),
      };
    }),
    generalOffice: str(file.generalOffice),
    theme: Object.fromEntries(THEME_COLOURS.map((c) => [c, str(theme[c]) || base.theme[c]])) as Record<ThemeColour, string>,
    themeExtras: withoutUndefined({ fontFamily: theme.fontFamily, logoUrl: theme.logoUrl, radius: theme.radius }),
    locales: Array.isArray(file.locales) ? arr(file.locales).map(str) : base.locales,
    defaultLocale: str(file.defaultLocale) || base.defaultLocale,
    origins: arr(file.origins).map(str).join('\n'),
    links: { imprint: str(links.imprint), privacy: str(links.privacy), accessibility: str(links.accessibility), feedback: str(links.feedback) },
    region: { lat: str(centre.lat), lon: str(centre.lon), radiusKm: str(region.radiusKm) },
    map: { tiles: str(map.tiles), attribution: str(map.attribution), attributionUrl: str(map.attributionUrl), maxZoom: str(map.maxZoom) },
    kept: withoutUndefined({ texts: file.texts as KommuneConfig['texts'], booking: file.booking as KommuneConfig['booking'] }),
  };
}
