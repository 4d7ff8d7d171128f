/** Plain German names for the topic and offer-mode ids of the contract, and language names via Intl. */
import { msg } from '@lit/localize';
import type { Mode, Topic } from '../../src/contract/centres.ts';

export const TOPIC_IDS: readonly Topic[] = [
  'schuldnerberatung',
  'suchtberatung',
  'sozialberatung',
  'migrationsberatung',
  'schwangerschaftsberatung',
  'wohnungsnotfallhilfe',
  'familienberatung',
];

export const MODE_IDS: readonly Mode[] = ['vor-ort', 'telefon', 'video', 'chat'];

/** Languages a citizen can ask for; the seed offers these besides German. */
export const LANGUAGE_IDS = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl'] as const;

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
