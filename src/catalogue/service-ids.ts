/**
 * The identifiers of everything a tenant can switch on: the platform's modules (finder, booking …)
 * and the OZG services (Leistungen) of the Sozialplattform bundle. Ids are stable, kebab-case and
 * German, because they appear in tenant configuration files written by municipal staff.
 */

/** Platform modules: features of the Sozialplattform itself, each backed by a widget. */
export const MODULE_IDS = [
  'leistungsfinder',
  'beratungsstellenfinder',
  'terminvereinbarung',
  'chat-videoberatung',
  'self-service-beratungsstellen',
] as const;

/** OZG services (Leistungen) of the bundle, plus the non-EfA extras some Länder add. */
export const LEISTUNG_IDS = [
  'buergergeld',
  'aktivierung-eingliederung',
  'foerderung-erwerbstaetigkeit',
  'bildung-und-teilhabe',
  'grundsicherung-alter-erwerbsminderung',
  'hilfe-zum-lebensunterhalt',
  'besondere-soziale-schwierigkeiten',
  'schuldnerberatung',
  'suchtberatung',
  'mietrueckstaende',
  'geringverdiener-bescheinigung',
  'asylbewerberleistungen',
  'asylbewerberleistungen-gesundheit',
  'pflegewohnung',
  'seniorenpass',
] as const;

/** Neighbouring services shown for orientation only; never switched on through this platform. */
export const INFO_SERVICE_IDS = ['wohngeld', 'kinderzuschlag'] as const;

export const SERVICE_IDS = [...MODULE_IDS, ...LEISTUNG_IDS] as const;

export type ModuleId = (typeof MODULE_IDS)[number];
export type LeistungId = (typeof LEISTUNG_IDS)[number];
export type InfoServiceId = (typeof INFO_SERVICE_IDS)[number];
/** Anything a Land can take on and a Kommune can switch on. */
export type ServiceId = (typeof SERVICE_IDS)[number];

export const isServiceId = (value: string): value is ServiceId =>
  (SERVICE_IDS as readonly string[]).includes(value);
