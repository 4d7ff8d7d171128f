/**
 * Every element a host page may place, what it needs switched on in the tenant, and where its
 * code lives. The loader defines a tag only on first sight, from this table.
 */
import type { ServiceId } from './catalogue/service-ids.ts';

export interface WidgetEntry {
  tag: string;
  /**
   * What the tenant must have switched on: a module or service id; 'online-application' when at
   * least one service takes online applications here; nothing for elements every tenant has.
   */
  requires?: ServiceId | 'online-application';
  /**
   * Loads and defines the widget. Absent while the platform does not offer the widget yet: then
   * every tenant gets the fallback (responsible office and offline route), never a blank box.
   */
  load?: () => Promise<unknown>;
}

export const WIDGETS: readonly WidgetEntry[] = [
  { tag: 'soz-portal', load: () => import('../components/portal/define.ts') },
  { tag: 'soz-benefits-finder', requires: 'leistungsfinder', load: () => import('../components/benefits-finder/define.ts') },
  { tag: 'soz-counselling-finder', requires: 'beratungsstellenfinder', load: () => import('../components/counselling-finder/define.ts') },
  { tag: 'soz-appointment-booking', requires: 'terminvereinbarung', load: () => import('../components/appointment-booking/define.ts') },
  { tag: 'soz-advisor-desk', requires: 'self-service-beratungsstellen', load: () => import('../components/advisor-desk/define.ts') },
  { tag: 'soz-municipal-onboarding', load: () => import('../components/municipal-onboarding/define.ts') },
  { tag: 'soz-application-form', requires: 'online-application', load: () => import('../components/application-form/define.ts') },
];

export const widgetFor = (tag: string): WidgetEntry | undefined => WIDGETS.find((w) => w.tag === tag);
