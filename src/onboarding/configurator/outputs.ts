/**
 * What the configurator hands over: the Kommune's configuration file, the embed snippet for its
 * web team, the list of Einzelabrufe (one call-off per service) for its Kommunalvertreter, and the
 * draft of its accessibility statement for the widgets.
 */
import { SERVICE_CATALOGUE } from '../../catalogue/services.ts';
import type { KommuneConfig, ResolvedTenant } from '../../tenant/schema.ts';
import { accessibilityStatement } from './accessibility-statement.ts';
import { toKommuneInput, type KommuneDraft } from './draft.ts';

const serviceName = (id: string) => SERVICE_CATALOGUE.find((s) => s.id === id)?.name ?? id;

/** The file for data/tenants/kommunen/<ags>.json (call only with a draft that passed validation). */
export function configurationFile(draft: KommuneDraft, schemaUrl?: string): string {
  const file = { ...(schemaUrl ? { $schema: schemaUrl } : {}), ...toKommuneInput(draft) } as KommuneConfig;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The tags a page can carry for this tenant, with the services they need. */
function widgetTags(tenant: ResolvedTenant): string[] {
  const on = new Set(tenant.services.map((s) => s.service));
  const tags: string[] = [];
  if (on.has('leistungsfinder')) tags.push('<soz-benefits-finder></soz-benefits-finder>');
  if (on.has('beratungsstellenfinder')) tags.push('<soz-counselling-finder></soz-counselling-finder>');
  if (on.has('terminvereinbarung')) tags.push('<soz-appointment-booking></soz-appointment-booking>');
  for (const s of tenant.services.filter((x) => x.onlineApplication)) {
    tags.push(`<soz-application-form service="${s.service}"></soz-application-form>`);
  }
  return tags;
}

/** One script tag per page plus the widgets; `loaderUrl` is where the operator serves loader.js. */
export function embedSnippet(tenant: ResolvedTenant, loaderUrl: string): string {
  return [
    `<!-- Sozialplattform für ${tenant.name}: einmal je Seite in den <head> -->`,
    `<script type="module" src="${loaderUrl}" data-tenant="${tenant.ags}"></script>`,
    '',
    '<!-- An der Stelle im Inhalt, an der das Angebot erscheinen soll: -->',
    ...widgetTags(tenant),
    '',
  ].join('\n');
}

export interface Einzelabruf {
  service: string;
  name: string;
  route: string;
  provider: string;
  onlineApplication: boolean;
}

export function einzelabrufe(tenant: ResolvedTenant): Einzelabruf[] {
  return tenant.services.map((s) => {
    const taken = tenant.land.services.find((l) => l.service === s.service);
    return {
      service: s.service,
      name: serviceName(s.service),
      route: taken?.route ?? '',
      provider: taken?.provider ?? '',
      onlineApplication: s.onlineApplication,
    };
  });
}

const ROUTE_NAMES: Record<string, string> = {
  kommunalvertreter: 'Kommunalvertreter',
  'fit-store': 'FIT-Store',
  eigen: 'eigene Leistung des Landes',
};

/** A message the Kommune can send to its Kommunalvertreter (Markdown, readable as plain text). */
export function einzelabrufMarkdown(tenant: ResolvedTenant): string {
  const list = einzelabrufe(tenant);
  return [
    `# Einzelabrufe der Sozialplattform – ${tenant.name} (AGS ${tenant.ags})`,
    '',
    `Land: ${tenant.land.name}. Koordinierende Stelle: ${tenant.land.coordinatingOffice.name}.`,
    '',
    'Wir möchten die folgenden Leistungen abrufen (je Leistung ein Einzelabruf mit Auftragsverarbeitungsvereinbarung):',
    '',
    ...list.map(
      (e, i) =>
        `${i + 1}. ${e.name} (${e.service}) – über ${ROUTE_NAMES[e.route] ?? e.route}: ${e.provider}${e.onlineApplication ? '; mit Online-Antrag' : ''}`,
    ),
    '',
    'Voraussetzung ist die Rahmenvereinbarung unserer Kommune mit dem Kommunalvertreter (einmal je Kommune).',
    '',
  ].join('\n');
}

/** The draft "Erklärung zur Barrierefreiheit" as a file (Markdown, readable as plain text). */
export function accessibilityStatementFile(tenant: ResolvedTenant, today: Date): { name: string; content: string } {
  return { name: `erklaerung-barrierefreiheit-${tenant.ags}.md`, content: accessibilityStatement(tenant, today) };
}
