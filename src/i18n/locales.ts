/**
 * The UI languages. German is the source; `de-x-ls` is Leichte Sprache (a private-use subtag,
 * because BCP 47 has no registered tag for it). Each language is offered in its own name.
 */
export const LOCALES = ['de', 'de-x-ls', 'en', 'tr', 'ar', 'uk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'de';
export const TARGET_LOCALES = LOCALES.filter((l) => l !== SOURCE_LOCALE);

export const LOCALE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  'de-x-ls': 'Leichte Sprache',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
  ru: 'Русский',
};

export const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** Maps a document language such as `de-DE` or `ar-EG` to the closest UI language, if any. */
export function matchLocale(lang: string | null | undefined): Locale | undefined {
  if (!lang) return undefined;
  const tag = lang.trim().toLowerCase();
  if (isLocale(tag)) return tag;
  if (tag.startsWith('de-') && tag.includes('-x-ls')) return 'de-x-ls';
  const primary = tag.split('-')[0] ?? '';
  return isLocale(primary) ? primary : undefined;
}
