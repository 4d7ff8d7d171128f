/**
 * Reuse routes per Land for municipalities, from the overview „EfA-Nachnutzung in den Ländern“
 * (shared/seeds/003): contact point, where municipalities find reusable services, a further
 * marketplace, and what is known about financing. Only what the source says; where it says
 * nothing, the entry says so. Links in the source lost their addresses: we keep their labels.
 */
import { sourceRef, type SourceRef } from './sources.ts';

/** What the source says on one point. */
export type SeedFact =
  /** Its statement, condensed into plain German. */
  | { kind: 'text'; text: string }
  /** It only links to a page, whose address is not in our copy of the source. */
  | { kind: 'link'; label: string }
  /** An empty cell or „n. a.“. */
  | { kind: 'none' };

export interface LandContact {
  /** The office or body, as named in the source; absent where the source gives only an address. */
  name?: string;
  emails: string[];
  phone?: string;
  /** Further named pages or offices without an address in the source. */
  also?: string[];
}

export interface LandReuse {
  key: string;
  name: string;
  contact: LandContact;
  /** Where municipalities find the reusable services (marketplace, shop, portal). */
  marketplace: SeedFact;
  furtherMarketplace: SeedFact;
  financing: SeedFact;
  source: SourceRef;
  /** Additional facts from other seeds (e.g. the NRW presentation). */
  more?: { text: string; source: SourceRef }[];
}

const text = (t: string): SeedFact => ({ kind: 'text', text: t });
const link = (label: string): SeedFact => ({ kind: 'link', label });
const none: SeedFact = { kind: 'none' };
const FINANCING_LINK = link('Informationen zu Finanzierungsmodalitäten');
const FINANCING_OPEN = text('Informationen zu den Finanzierungsmodalitäten sind laut Übersicht noch nicht verfügbar.');
const from = (land: string, asOf?: string) => sourceRef('efa-nachnutzung-laender', land, asOf);

/** All 16 Länder, keyed and ordered by the Länderschlüssel (first two digits of the AGS). */
export const LAENDER_REUSE: readonly LandReuse[] = [
  {
    key: '01',
    name: 'Schleswig-Holstein',
    contact: { name: 'IT-Verbund Schleswig-Holstein (ITVSH)', emails: ['info@itvsh.de'], phone: '0431 530 550 46' },
    marketplace: text('OZG-Shop für Kommunen des Landes Schleswig-Holstein.'),
    furtherMarketplace: none,
    financing: text(
      'Das Land finanziert den Kommunen Referenzimplementierungen für alle Verwaltungsleistungen in kommunaler Ausführung. ' +
        'Bei Leistungen mit Ursprung im Bundes- oder Landesrecht, die Kommunen ausführen, trägt das Land auch Wartung, Pflege, Betrieb und Weiterentwicklung. ' +
        'Geeignete EfA-Dienste übernimmt das Land und bietet sie über den Onlinedienste-Shop an; den Roll-out zu den Kommunen macht der ITVSH. ' +
        'Basisdienste wie Servicekonto, Zuständigkeitsfinder und das Kommunale OSI-Plugin stellt das Land derzeit kostenfrei bereit.',
    ),
    source: from('Schleswig-Holstein', '2022-11'),
  },
  {
    key: '02',
    name: 'Hamburg',
    contact: { name: 'Rollout- und Anbindungsmanagement', emails: ['efahamburgkey-account-management@sk.hamburg.de'] },
    marketplace: text('Marktplatz für EfA-Leistungen.'),
    furtherMarketplace: none,
    financing: FINANCING_LINK,
    source: from('Hamburg'),
  },
  {
    key: '03',
    name: 'Niedersachsen',
    contact: {
      name: 'Ansprechstellen je Thema (ohne Adresse in der Übersicht)',
      emails: [],
      also: [
        'Allgemeine Fragen zur Nachnutzung',
        'Nachnutzung von Onlinediensten im Themenfeld Gesundheit',
        'Nachnutzung von Fokusleistungen und Leistungen von föderalem Interesse',
      ],
    },
    marketplace: text('Marktplatz für EfA-Leistungen.'),
    furtherMarketplace: none,
    financing: text(
      'Entwicklung und Betrieb im ersten Jahr werden bis Ende 2023 durch das Programm Föderal des Bundes finanziert (Landesressorts); ' +
        'für Kommunen und die mittelbare Landesverwaltung geht Niedersachsen davon aus, dass dies bis Ende 2023 weitgehend ebenso gilt.',
    ),
    source: from('Niedersachsen'),
  },
  {
    key: '04',
    name: 'Bremen',
    contact: { name: 'Digitalisierungsbüro', emails: ['digitalisierungsbuero@finanzen.bremen.de'] },
    marketplace: text('Direkt beim Digitalisierungsbüro anfragen.'),
    furtherMarketplace: none,
    financing: FINANCING_LINK,
    source: from('Bremen'),
  },
  {
    key: '05',
    name: 'Nordrhein-Westfalen',
    contact: { name: 'Kommunalvertreter NRW', emails: ['kommunalvertreter@digitales.nrw.de'] },
    marketplace: link('Webseite der Kommunalvertreter NRW'),
    furtherMarketplace: none,
    financing: FINANCING_OPEN,
    source: from('Nordrhein-Westfalen'),
    more: [
      {
        text: 'Kommunalvertreter NRW ist die d-NRW AöR, Rheinische Str. 1, 44137 Dortmund, E-Mail kommunalvertreter@d-nrw.de, Website www.kommunalvertreter.nrw (dort steht der aktuelle Stand der Dienste).',
        source: sourceRef('nachnutzungsmodell-nrw', 'Kontaktdaten; Geplante Dienste'),
      },
      {
        text: 'Hilfe zum Lebensunterhalt (Sozialplattform) stellt NRW bereit; weitere Dienste der Sozialplattform sollen folgen.',
        source: sourceRef('nachnutzungsmodell-nrw', 'Geplante Dienste'),
      },
    ],
  },
  {
    key: '06',
    name: 'Hessen',
    contact: { emails: ['ozg@digitales.hessen.de'], also: ['Kommunale Koordinierungsstelle'] },
    marketplace: text('ekom21: EfA-Projekte – Einer für Alle.'),
    furtherMarketplace: none,
    financing: link('Veröffentlichung der Finanzierungsmodalitäten der Nachnutzung'),
    source: from('Hessen'),
  },
  {
    key: '07',
    name: 'Rheinland-Pfalz',
    contact: { emails: ['ozg-praxisgruppen@ldi.rlp.de'] },
    marketplace: text('OZG-Berichtssystem Rheinland-Pfalz – nur aus dem LDI-Netz in Rheinland-Pfalz erreichbar.'),
    furtherMarketplace: none,
    financing: FINANCING_OPEN,
    source: from('Rheinland-Pfalz'),
  },
  {
    key: '08',
    name: 'Baden-Württemberg',
    contact: {
      name: 'Kommunale Landesverbände (ohne Adresse in der Übersicht)',
      emails: [],
      also: ['Gemeindetag Baden-Württemberg', 'Landkreistag Baden-Württemberg', 'Städtetag Baden-Württemberg'],
    },
    marketplace: text('BW-Portal: Onlinedienst-Gesamtliste (EfA-Dienste und eigene Entwicklungen) und die Plattform service-bw.'),
    furtherMarketplace: none,
    financing: FINANCING_LINK,
    source: from('Baden-Württemberg'),
  },
  {
    key: '09',
    name: 'Bayern',
    contact: { name: 'BayKommun', emails: ['projekt@baykommun.bayern'], also: ['Webseite der BayKommun'] },
    marketplace: text('Noch kein Angebot genannt: „Go-Live erfolgt in Kürze“.'),
    furtherMarketplace: none,
    financing: FINANCING_LINK,
    source: from('Bayern'),
  },
  {
    key: '10',
    name: 'Saarland',
    contact: { name: 'Zweckverband eGo-Saar', emails: ['ozg-team@ego-saar.de'], phone: '0681 85 74 20-80' },
    marketplace: text(
      'Über die Informationsplattform bzw. den Marktplatz informieren; bei Interesse beim Zweckverband nach Kosten und technischen Voraussetzungen fragen.',
    ),
    furtherMarketplace: none,
    financing: FINANCING_OPEN,
    source: from('Saarland'),
  },
  {
    key: '11',
    name: 'Berlin',
    contact: { emails: ['ozg@senatskanzlei.berlin.de'] },
    marketplace: text(
      'Die zuständige Senatsverwaltung entscheidet über die Nachnutzung, stimmt sie mit den Bezirken ab, kauft die EfA-Leistung ein, stellt sie der ganzen Berliner Verwaltung bereit und trägt auch die Kosten der Bezirke bei der Bereitstellung.',
    ),
    furtherMarketplace: none,
    financing: none,
    source: from('Berlin'),
  },
  {
    key: '12',
    name: 'Brandenburg',
    contact: { emails: ['OZG@mik.brandenburg.de'] },
    marketplace: text('Marktplatz für Online-Dienste Brandenburg.'),
    furtherMarketplace: text('DIKOM Serviceportal.'),
    financing: FINANCING_LINK,
    source: from('Brandenburg'),
  },
  {
    key: '13',
    name: 'Mecklenburg-Vorpommern',
    contact: { emails: ['ozg-service@zd.mv-regierung.de'] },
    marketplace: text(
      'Bis Ende 2024 projektförmig im OZG-Programm M-V: Den Roll-out organisieren Vertreter der kommunalen Spitzenverbände; verfügbare Lösungen werden den Kommunen aktiv mitgeteilt.',
    ),
    furtherMarketplace: text('eGo-MV: Roll-out der Online-Dienste für Städte, Gemeinden und Ämter.'),
    financing: FINANCING_OPEN,
    source: from('Mecklenburg-Vorpommern'),
  },
  {
    key: '14',
    name: 'Sachsen',
    contact: { name: 'Sächsische Anstalt für kommunale Datenverarbeitung (SAKD)', emails: [], also: ['Webseite der SAKD'] },
    marketplace: text('Marktplatz für EfA-Leistungen.'),
    furtherMarketplace: text('Sächsisch Direkt.'),
    financing: FINANCING_OPEN,
    source: from('Sachsen'),
  },
  {
    key: '15',
    name: 'Sachsen-Anhalt',
    contact: { name: 'OZG-Landeskoordination Sachsen-Anhalt', emails: [] },
    marketplace: text('OZG in Sachsen-Anhalt: Nachnutzungsprojekte.'),
    furtherMarketplace: text('Der eGovernmentShopST (Shop für EfA-Onlinedienste, Landes-Onlinedienste und Basisdienste) geht laut Übersicht in Kürze online.'),
    financing: FINANCING_OPEN,
    source: from('Sachsen-Anhalt'),
  },
  {
    key: '16',
    name: 'Thüringen',
    contact: { emails: ['kommunalberatung@tfm.thueringen.de'] },
    marketplace: text('Online-Verwaltung Thüringen bzw. deren OZG-Manager.'),
    furtherMarketplace: text('Online-Verwaltung Thüringen: Auftragsdatenverarbeitung in ThAVEL.'),
    financing: FINANCING_LINK,
    source: from('Thüringen'),
  },
];

export const landReuse = (key: string): LandReuse | undefined => LAENDER_REUSE.find((l) => l.key === key);
