/**
 * The one wording of the contract's topic, offer-mode and language ids, shared by the finder, the
 * booking widget and the advisor desk so that a citizen and an advisor see the same names.
 */
import { msg } from '@lit/localize';
import type { Mode, Topic } from '../../src/contract/centres.ts';

/**
 * Copies of the contract's lists: importing them from src/contract would pull the zod schemas into
 * the widgets' bundles. The type check below keeps the copies complete.
 */
export const TOPIC_IDS = [
  'schuldnerberatung',
  'suchtberatung',
  'sozialberatung',
  'migrationsberatung',
  'schwangerschaftsberatung',
  'wohnungsnotfallhilfe',
  'familienberatung',
] as const satisfies readonly Topic[];
export const MODE_IDS = ['vor-ort', 'telefon', 'video', 'chat'] as const satisfies readonly Mode[];
type Complete<All, Listed> = Exclude<All, Listed> extends never ? true : false;
const complete: [Complete<Topic, (typeof TOPIC_IDS)[number]>, Complete<Mode, (typeof MODE_IDS)[number]>] = [true, true];
void complete;

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'schuldnerberatung':
      return msg('Schulden');
    case 'suchtberatung':
      return msg('Sucht');
    case 'sozialberatung':
      return msg('Allgemeine Sozialberatung');
    case 'migrationsberatung':
      return msg('Migration und Flucht');
    case 'schwangerschaftsberatung':
      return msg('Schwangerschaft');
    case 'wohnungsnotfallhilfe':
      return msg('Wohnungsnot, drohender Wohnungsverlust');
    case 'familienberatung':
      return msg('Familie und Erziehung');
  }
}

/** The offer mode as a noun ("Telefon"); sentences about one appointment say "am Telefon". */
export function modeLabel(mode: Mode): string {
  switch (mode) {
    case 'vor-ort':
      return msg('vor Ort');
    case 'telefon':
      return msg('Telefon');
    case 'video':
      return msg('Video');
    case 'chat':
      return msg('Chat');
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of a language (ISO 639-1) in the UI language, e.g. "Türkisch". */
export function languageLabel(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'de'], { type: 'language' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

export const isTopic = (value: string): value is Topic => (TOPIC_IDS as readonly string[]).includes(value);
