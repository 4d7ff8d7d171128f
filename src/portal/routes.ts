/**
 * The portal's pages: which widget each shows and whether it appears in the navigation. Pages of
 * services the tenant has not switched on stay reachable (deep links keep working) and show the
 * widget's fallback, but are left out of the navigation.
 */
import { msg } from '@lit/localize';
import type { ResolvedTenant } from '../tenant/schema.ts';
import type { ServiceId } from '../catalogue/service-ids.ts';
import { renderHome } from './home.ts';
import { renderLegalPage } from './legal-page.ts';

export interface PortalPage {
  /** Path relative to the portal's base URL (no leading slash). */
  path: string;
  title: () => string;
  inNav: boolean;
  /**
   * The widget shown; `params` are route parameters passed on as attributes of the same name.
   * `query` names URL query values passed on the same way, which the portal keeps up to date from the
   * widget's `soz-search-changed` event, so that a search can be bookmarked and shared.
   */
  widget?: { tag: string; params?: string[]; query?: string[] };
  render?: () => HTMLElement;
}

function has(tenant: ResolvedTenant | undefined, service: ServiceId): boolean {
  return tenant?.services.some((s) => s.service === service) ?? false;
}

export function portalRoutes(tenant: ResolvedTenant | undefined): PortalPage[] {
  const pages: PortalPage[] = [
    { path: '', title: () => msg('Startseite'), inNav: true, render: () => renderHome(tenant) },
    {
      path: 'leistungen',
      title: () => msg('Welche Hilfe passt zu mir?'),
      inNav: has(tenant, 'leistungsfinder'),
      widget: { tag: 'soz-benefits-finder' },
    },
    {
      path: 'beratung',
      title: () => msg('Beratungsstelle finden'),
      inNav: has(tenant, 'beratungsstellenfinder'),
      widget: { tag: 'soz-counselling-finder', query: ['place', 'topic', 'radius'] },
    },
    {
      path: 'termin',
      title: () => msg('Termin vereinbaren'),
      inNav: has(tenant, 'terminvereinbarung'),
      widget: { tag: 'soz-appointment-booking' },
    },
    { path: 'termin/verwalten', title: () => msg('Termin verwalten'), inNav: false, widget: { tag: 'soz-appointment-booking' } },
    {
      path: 'antrag/:service',
      title: () => msg('Online-Antrag'),
      inNav: false,
      widget: { tag: 'soz-application-form', params: ['service'] },
    },
    {
      path: 'beratungsstellen-bereich',
      title: () => msg('Bereich für Beratungsstellen'),
      inNav: has(tenant, 'self-service-beratungsstellen'),
      widget: { tag: 'soz-advisor-desk' },
    },
    { path: 'kommunen', title: () => msg('Für Kommunen'), inNav: true, widget: { tag: 'soz-municipal-onboarding' } },
    {
      path: 'barrierefreiheit',
      title: () => msg('Erklärung zur Barrierefreiheit'),
      inNav: false,
      render: () => renderLegalPage('accessibility', tenant),
    },
    { path: 'impressum', title: () => msg('Impressum'), inNav: false, render: () => renderLegalPage('imprint', tenant) },
    { path: 'datenschutz', title: () => msg('Datenschutz'), inNav: false, render: () => renderLegalPage('privacy', tenant) },
  ];
  return pages;
}
