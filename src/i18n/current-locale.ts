/**
 * The UI language now shown, for code that formats numbers outside a component (validation
 * messages, rule texts). Kept apart from localize.ts so pure modules and Node tests need no runtime.
 */
let current = 'de';

export const currentLocale = (): string => current;

/** @internal Set by ensureLocale once a language is active. */
export function setCurrentLocale(locale: string): void {
  current = locale;
}
