/**
 * The source documents behind the onboarding data (the German seeds in shared/seeds/), each with
 * the date it states. Every fact in src/onboarding/ points to one of these and a section in it.
 */

export const SOURCES = {
  'sozialplattform-nachnutzung': {
    title: 'Sozialplattform: Rechtliche Grundlagen, Nachnutzungsmodelle und Kosten',
    seedFile: '000_1e2573821a88e6df.txt',
    /** The page states no date. */
    documentDate: null,
  },
  'nachnutzungsmodell-nrw': {
    title: 'Online-Dienste bereitstellen mit dem „Nachnutzungsmodell NRW“ – Informationsveranstaltung für die Länder',
    seedFile: '001_438a54b9ae246984.txt',
    documentDate: '2022-02-28',
  },
  'checkliste-anbindung': {
    title: 'Erste Schritte zur Anbindung von Kommunen (Bremer Umsetzungsprojekt Vergabe)',
    seedFile: '002_b9e5f52183e11582.txt',
    /** No date of its own; it cites a FITKO overview of April 2022, so it is not older. */
    documentDate: null,
  },
  'efa-nachnutzung-laender': {
    title: 'EfA-Nachnutzung in den Ländern (Ansprechstellen, Marktplätze und Finanzierung je Land)',
    seedFile: '003_b9df1107b7ff1ce7.txt',
    /** No date on the page; only the Schleswig-Holstein entry says „Stand: November 2022“. */
    documentDate: null,
  },
  'govdigital-marktplatz': {
    title: 'IT-Planungsrat beauftragt govdigital mit »Einer-für-Alle«-Marktplatz',
    seedFile: '004_8d418294d10d12dd.txt',
    documentDate: '2021-11-03',
  },
} as const;

export type SourceId = keyof typeof SOURCES;

/** The day the seeds were read for this data; a reviewer checks the facts against newer versions. */
export const READ_ON = '2026-11-24';

export interface SourceRef {
  document: SourceId;
  /** The heading or table row of the document the fact comes from. */
  section: string;
  /** The date the source states for this fact (ISO, possibly only year-month), or null if none. */
  asOf: string | null;
  readOn: string;
}

export function sourceRef(document: SourceId, section: string, asOf: string | null = SOURCES[document].documentDate): SourceRef {
  return { document, section, asOf, readOn: READ_ON };
}
