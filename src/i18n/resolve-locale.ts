/**
 * Which language a widget speaks: its own `lang`, else the nearest ancestor's (across shadow
 * boundaries), else the tenant's default. Only read, never written: the host page owns `lang`.
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

export function resolveLocale(
  element: Element,
  tenant: { locales: readonly Locale[]; defaultLocale: Locale } | undefined,
): Locale {
  const wanted = matchLocale(nearestLang(element));
  if (!tenant) return wanted ?? 'de';
  return wanted && tenant.locales.includes(wanted) ? wanted : tenant.defaultLocale;
}
