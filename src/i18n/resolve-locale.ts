/**
 * Which language a widget speaks: the one the citizen chose in a widget footer, else its own
 * `lang`, else the nearest ancestor's (across shadow boundaries), else the tenant's default. The
 * host page's `lang` is only read, never written.
 */
import { matchLocale, type Locale } from './locales.ts';

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function nearestLang(element: Element): string | null {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return null;
}

/** Kept in memory only (no storage without need): a reload starts again from the page's language. */
let chosen: Locale | undefined;

export function chooseLocale(locale: Locale): void {
  chosen = locale;
}

export function resolveLocale(
  element: Element,
  tenant: { locales: readonly Locale[]; defaultLocale: Locale } | undefined,
): Locale {
  const wanted = chosen ?? matchLocale(nearestLang(element));
  if (!tenant) return wanted ?? 'de';
  return wanted && tenant.locales.includes(wanted) ? wanted : tenant.defaultLocale;
}
