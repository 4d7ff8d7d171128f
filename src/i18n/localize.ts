/**
 * @lit/localize in runtime mode. One locale per page: the runtime is global, so every widget on a
 * page follows the last locale chosen (documented in README, "Sprachen").
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.ts';
import type { Locale } from './locales.ts';
import { setCurrentLocale } from './current-locale.ts';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`../../locales/generated/${locale}.ts`),
});

let pending: Promise<void> = Promise.resolve();

/** Switches the UI language unless it is already active; calls are serialised. */
export function ensureLocale(locale: Locale): Promise<void> {
  pending = pending
    .then(() => (getLocale() === locale ? undefined : setLocale(locale)))
    .then(() => setCurrentLocale(getLocale()))
    .catch((error: unknown) => {
    console.error(`[Sozialplattform] Sprache „${locale}“ konnte nicht geladen werden.`, error);
  });
  return pending;
}

export { getLocale };
