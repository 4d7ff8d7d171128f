/**
 * Per Land: the law a Kommune's accessibility statement refers to, and the body citizens turn to
 * when the Kommune does not remedy a reported barrier (Durchsetzungsverfahren in the EU model,
 * called Ombuds- or Schlichtungsverfahren in some Länder). Only what the cited sources say; a Land
 * without an entry gets a marked placeholder in the statement, never a guessed name or address.
 */

export interface WebSource {
  title: string;
  url: string;
  /** The day we read the page; a reviewer checks the facts against its current version. */
  readOn: string;
}

export interface EnforcementBody {
  /** Länderschlüssel. */
  land: string;
  /** The statement's legal frame in this Land, as the introduction names it. */
  law: string;
  /** Where the duty to publish a statement comes from. */
  statementBasis: string;
  /** The body, as the sources name it. */
  name: string;
  /** What the Land calls the procedure, where the sources name it. */
  procedure?: string;
  /** The provisions the body rests on. */
  basis: string;
  /** One more sentence about the body, as the sources say it. */
  note?: string;
  /** Contact data given by the sources; absent ones stay a placeholder in the statement. */
  web?: string;
  email?: string;
  sources: readonly WebSource[];
}

const READ_ON = '2026-11-24';

export const ENFORCEMENT_BODIES: Readonly<Record<string, EnforcementBody>> = {
  '05': {
    land: '05',
    law: 'dem Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW)',
    statementBasis: '§ 10b BGG NRW',
    name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
    note: 'Sie ist der Beauftragten für die Belange der Menschen mit Behinderung des Landes zugeordnet.',
    procedure: 'Ombudsverfahren',
    basis: '§§ 10d, 10e BGG NRW und §§ 9 ff. BITV NRW',
    web: 'https://www.lbbp.nrw.de/ombudsstelle',
    email: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
    sources: [
      { title: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen', url: 'https://www.lbbp.nrw.de/ombudsstelle', readOn: READ_ON },
      { title: 'MAGS NRW: Ombudsstelle barrierefreie Informationstechnik', url: 'https://www.mags.nrw/ombudsstelle-barrierefreie-informationstechnik', readOn: READ_ON },
      // The e-mail address is given here (news of 3 January 2020); check that it is still current.
      { title: 'IT.NRW: Überwachungsstelle für die IT-Barrierefreiheit gestartet (3. Januar 2020)', url: 'https://www.it.nrw/nrw-ueberwachungsstelle-fuer-die-it-barrierefreiheit-gestartet-98284', readOn: READ_ON },
      { title: 'BGG NRW, Inhaltsübersicht (§ 10b Erklärung zur Barrierefreiheit, § 10d Ombudsverfahren)', url: 'https://recht.nrw.de/lmi/owa/br_text_anzeigen?v_id=5420140509100636414', readOn: READ_ON },
    ],
  },
  '09': {
    land: '09',
    law: 'dem Bayerischen Behindertengleichstellungsgesetz (BayBGG) und der Bayerischen Digitalverordnung (BayDiV)',
    statementBasis: 'Art. 13 BayBGG in Verbindung mit der BayDiV',
    name: 'Durchsetzungs- und Überwachungsstelle am Landesamt für Digitalisierung, Breitband und Vermessung (LDBV)',
    basis: '§ 11 BayDiV',
    sources: [
      { title: 'Bayerisches Staatsministerium der Finanzen und für Heimat: Digitale Barrierefreiheit', url: 'https://www.finanzministerium.bayern/digitalisierung/barrierefreiheit/', readOn: READ_ON },
      { title: 'Beratungsstelle Barrierefreiheit (Bayern): Mustererklärung zur Barrierefreiheit', url: 'https://www.beratungsstelle-barrierefreiheit.de/mustererkl%C3%A4rung-zur-barrierefreiheit/', readOn: READ_ON },
      { title: 'BFSG-Testen: Landesgleichstellung in Bayern (Art. 13 BayBGG)', url: 'https://www.bfsg-testen.de/gesetze/laender/bayern/', readOn: READ_ON },
    ],
  },
};

export function enforcementBody(landKey: string): EnforcementBody | undefined {
  return ENFORCEMENT_BODIES[landKey];
}
