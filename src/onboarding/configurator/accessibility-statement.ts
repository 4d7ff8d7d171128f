/**
 * The draft "Erklärung zur Barrierefreiheit" for the Sozialplattform widgets on a Kommune's site,
 * built from its resolved configuration along the EU model statement (Durchführungsbeschluss (EU)
 * 2018/1523) as the Länder implement it. A draft: what only the Kommune can decide or know is a
 * marked placeholder (every marker starts with ⚠), never a guess. Pure; German Markdown.
 */
import { SERVICE_CATALOGUE } from '../../catalogue/services.ts';
import { LOCALE_NAMES } from '../../i18n/locales.ts';
import type { Office, ResolvedTenant } from '../../tenant/schema.ts';
import { enforcementBody, type EnforcementBody } from './accessibility-enforcement.ts';
import { limitationsFor } from './accessibility-limitations.ts';

/** Markers the Kommune searches for; none may remain in the published text. */
export const MARK_FILL_IN = '⚠ VON DER KOMMUNE ZU ERGÄNZEN';
export const MARK_DECIDE = '⚠ VON DER KOMMUNE ZU ENTSCHEIDEN';
export const MARK_CHECK = '⚠ VOR DER VERÖFFENTLICHUNG PRÜFEN';

const placeholder = (mark: string, what: string) => `[${mark}: ${what}]`;

const longDate = (date: Date) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);

const serviceName = (id: string) => SERVICE_CATALOGUE.find((s) => s.id === id)?.name ?? id;

/** The widgets a citizen meets on the Kommune's pages (the advisors' desk runs on the platform, not there). */
function coveredWidgets(tenant: ResolvedTenant): string[] {
  const on = new Set(tenant.services.map((s) => s.service));
  const widgets: string[] = [];
  if (on.has('leistungsfinder')) widgets.push('Sozialleistungsfinder: anonyme Prüfung, welche Sozialleistungen in Frage kommen');
  if (on.has('beratungsstellenfinder')) widgets.push('Beratungsstellenfinder: Suche nach Beratungsstellen in der Nähe');
  if (on.has('terminvereinbarung')) {
    widgets.push('Terminvereinbarung bei Beratungsstellen, mit der Terminseite zum Bestätigen, Verschieben und Absagen');
  }
  for (const s of tenant.services.filter((x) => x.onlineApplication)) widgets.push(`Online-Antrag: ${serviceName(s.service)}`);
  widgets.push('Hinweise zu Leistungen, die hier nicht online angeboten werden, mit der zuständigen Stelle');
  return widgets;
}

/** The public sites the widgets are embedded in; development origins are left out. */
function sites(tenant: ResolvedTenant): string[] {
  return tenant.origins.filter((o) => !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(o));
}

function scope(tenant: ResolvedTenant): string[] {
  const where = sites(tenant);
  return [
    '## Geltungsbereich',
    '',
    `Diese Erklärung gilt für die Angebote der Sozialplattform, die ${tenant.name} auf ihrer Website eingebunden hat:`,
    '',
    ...coveredWidgets(tenant).map((w) => `- ${w}`),
    '',
    where.length
      ? `Die Angebote sind eingebunden auf: ${where.join(', ')}.`
      : `Die Angebote sind eingebunden auf: ${placeholder(MARK_FILL_IN, 'Adresse der Website, auf der die Angebote eingebunden sind')}.`,
    `Die Angebote sind in diesen Sprachen verfügbar: ${tenant.locales.map((l) => LOCALE_NAMES[l]).join(', ')}.`,
    `Für die übrigen Inhalte der Website gilt die allgemeine Erklärung zur Barrierefreiheit von ${tenant.name}.`,
    '',
  ];
}

function conformity(body: EnforcementBody | undefined, landName: string): string[] {
  const law = body?.law ?? placeholder(MARK_FILL_IN, `Rechtsgrundlage des Landes ${landName}`);
  return [
    '## Stand der Vereinbarkeit mit den Anforderungen',
    '',
    placeholder(
      MARK_DECIDE,
      'Solange die manuellen Prüfungen nach den Prüfprotokollen der Sozialplattform nicht abgeschlossen sind, bleibt es bei „teilweise vereinbar“. Ändern Sie die Angabe nur nach Ihrem eigenen Prüfergebnis.',
    ),
    '',
    `Diese Angebote sind **teilweise** mit den Anforderungen nach ${law} vereinbar. ` +
      'Maßstab sind die Anforderungen der europäischen Norm EN 301 549 (WCAG 2.1, Konformitätsstufe AA). ' +
      'Die Unvereinbarkeiten sind im nächsten Abschnitt aufgeführt.',
    '',
  ];
}

function nonAccessible(tenant: ResolvedTenant): string[] {
  const known = limitationsFor(tenant);
  return [
    '## Nicht barrierefreie Inhalte',
    '',
    'Die folgenden Inhalte sind nicht oder nicht vollständig barrierefrei.',
    '',
    '### Unvereinbarkeiten mit den Anforderungen',
    '',
    ...known.flatMap((l) => [`- ${l.barrier} **Alternative:** ${l.alternative(tenant)}`]),
    ...(known.length ? [''] : []),
    placeholder(
      MARK_FILL_IN,
      'Tragen Sie hier ein, was Ihre eigenen Prüfungen ergeben haben (Befunde aus den Prüfprotokollen), jeweils mit einer barrierefreien Alternative. Gibt es keine weiteren Befunde, löschen Sie diesen Hinweis.',
    ),
    '',
    '### Unverhältnismäßige Belastung',
    '',
    placeholder(MARK_FILL_IN, 'Nur ausfüllen, wenn sich die Kommune für einzelne Inhalte auf eine unverhältnismäßige Belastung beruft, mit Begründung. Sonst diesen Abschnitt löschen.'),
    '',
    '### Inhalte, die nicht in den Anwendungsbereich der Rechtsvorschriften fallen',
    '',
    placeholder(MARK_FILL_IN, 'Nur ausfüllen, wenn es solche Inhalte gibt. Sonst diesen Abschnitt löschen.'),
    '',
  ];
}

function preparation(body: EnforcementBody | undefined, landName: string): string[] {
  return [
    '## Erstellung dieser Erklärung zur Barrierefreiheit',
    '',
    `Diese Erklärung wurde am ${placeholder(MARK_FILL_IN, 'Datum')} erstellt` +
      (body ? ` (Pflicht nach ${body.statementBasis}).` : ` (Pflicht nach ${placeholder(MARK_FILL_IN, `Rechtsgrundlage des Landes ${landName}`)}).`),
    '',
    'Die Aussagen beruhen auf einer Selbstbewertung:',
    '',
    '- einer automatischen Prüfung aller Zustände der Widgets mit axe-core (Regeln für WCAG 2.2, Stufen A und AA) in der Testsuite der Sozialplattform (`npm test`), in allen angebotenen Sprachen;',
    `- manuellen Prüfungen nach den Prüfprotokollen der Sozialplattform mit Tastatur, Screenreadern (NVDA, JAWS, VoiceOver, TalkBack), 200 % Zoom, schmaler Ansicht (320 Pixel), Kontrastmodus und reduzierter Bewegung. Durchgeführt am ${placeholder(MARK_FILL_IN, 'Datum')} von ${placeholder(MARK_FILL_IN, 'prüfende Stelle')}.`,
    '',
    `Die Erklärung wurde zuletzt am ${placeholder(MARK_FILL_IN, 'Datum der letzten Überprüfung')} überprüft.`,
    '',
  ];
}

function contactLines(office: Office): string[] {
  const { phone, email, web } = office.contact;
  return [
    `${office.name}, ${office.street}, ${office.postalCode} ${office.city}`,
    ...(phone ? [`Telefon: ${phone}`] : []),
    ...(email ? [`E-Mail: ${email}`] : []),
    ...(web ? [`Internet: ${web}`] : []),
  ];
}

function feedback(tenant: ResolvedTenant): string[] {
  const channel = tenant.links.feedback;
  const office = tenant.offices.find((o) => o.id === tenant.generalOffice);
  return [
    '## Feedback und Kontaktangaben',
    '',
    'Sind Ihnen Mängel beim barrierefreien Zugang zu diesen Angeboten aufgefallen? Dann schreiben Sie uns:',
    '',
    channel.toLowerCase().startsWith('mailto:') ? `- E-Mail: ${channel.slice('mailto:'.length)}` : `- Online: ${channel}`,
    '',
    'Diesen Weg erreichen Sie auch über den Link „Barriere melden“ am Ende jedes Widgets.',
    '',
    ...(office
      ? ['Sie können sich auch an unsere allgemeine Anlaufstelle wenden:', '', ...contactLines(office).map((l) => `- ${l}`), '']
      : []),
    `Wir beantworten Ihre Meldung innerhalb von ${placeholder(MARK_FILL_IN, 'Frist nach dem Recht Ihres Landes')}.`,
    '',
  ];
}

function enforcement(body: EnforcementBody | undefined, landName: string): string[] {
  const lead = 'Haben Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort bekommen?';
  if (!body) {
    return [
      '## Durchsetzungsverfahren',
      '',
      lead,
      '',
      placeholder(
        MARK_FILL_IN,
        `Name, Anschrift, E-Mail-Adresse und Internetadresse der Durchsetzungs- oder Schlichtungsstelle des Landes ${landName} und die Rechtsgrundlage des Verfahrens. Die Sozialplattform hat diese Angaben für ${landName} nicht geprüft und trägt deshalb nichts ein.`,
      ),
      '',
    ];
  }
  return [
    '## Durchsetzungsverfahren',
    '',
    `${lead} Dann können Sie sich an die ${body.name} wenden` +
      (body.procedure ? ` und ein ${body.procedure} beantragen.` : '.') +
      (body.note ? ` ${body.note}` : '') +
      ` Rechtsgrundlage: ${body.basis}.`,
    '',
    `- Internet: ${body.web ?? placeholder(MARK_FILL_IN, 'Internetadresse der Stelle')}`,
    `- E-Mail: ${body.email ?? placeholder(MARK_FILL_IN, 'E-Mail-Adresse der Stelle')}`,
    `- Anschrift: ${placeholder(MARK_FILL_IN, 'Postanschrift der Stelle')}`,
    '',
    placeholder(
      MARK_CHECK,
      `Angaben zur Stelle laut ${body.sources.map((s) => `„${s.title}“ (${s.url}, gelesen am ${s.readOn})`).join('; ')}. Prüfen Sie sie auf den aktuellen Seiten und löschen Sie dann diesen Hinweis.`,
    ),
    '',
  ];
}

/** The draft for one tenant; `draftedOn` is the day it is generated (shown in the draft note only). */
export function accessibilityStatement(tenant: ResolvedTenant, draftedOn: Date): string {
  const body = enforcementBody(tenant.land.key);
  const landName = tenant.land.name;
  return [
    '# Erklärung zur Barrierefreiheit',
    '',
    `> **Entwurf vom ${longDate(draftedOn)}**, erzeugt mit dem Konfigurator der Sozialplattform für ${tenant.name} (AGS ${tenant.ags}).`,
    '> Vor der Veröffentlichung: Bearbeiten Sie jede Stelle, die mit ⚠ beginnt, und löschen Sie die Markierung. Löschen Sie zuletzt diesen Hinweis.',
    '',
    `${tenant.name} ist bemüht, die Angebote der Sozialplattform auf ihrer Website im Einklang mit ${body?.law ?? placeholder(MARK_FILL_IN, `Rechtsgrundlage des Landes ${landName}`)} barrierefrei zugänglich zu machen. ` +
      'Grundlage ist die Richtlinie (EU) 2016/2102.',
    '',
    ...scope(tenant),
    ...conformity(body, landName),
    ...nonAccessible(tenant),
    ...preparation(body, landName),
    ...feedback(tenant),
    ...enforcement(body, landName),
  ].join('\n');
}
