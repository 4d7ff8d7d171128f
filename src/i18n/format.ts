import { currentLocale } from './current-locale.ts';

/**
 * Cached Intl formatters. Building one costs far more than using it, and result lists format
 * hundreds of times per render (times, distances, weekdays).
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('nf', locale, options, () => new Intl.NumberFormat(locale, options));

/** "a, b oder c" / "a، b أو c": the language's own list words and punctuation, not glued fragments. */
export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('lf', locale, options, () => new Intl.ListFormat(locale, options));

/** An amount in euros as the current UI language writes it (1.234 € in German, €1,234 in English). */
export const formatEuro = (value: number, locale = currentLocale()): string =>
  numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);

/** A plain number in the current UI language. */
export const formatNumber = (value: number, locale = currentLocale()): string => numberFormat(locale).format(value);
