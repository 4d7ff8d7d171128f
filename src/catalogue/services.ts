/**
 * The service catalogue: one entry per module, OZG service and neighbouring information service,
 * as dated data with its legal source. Facts and sources come from shared/benefits-rules.md
 * (research status 2026-03; sources end 7 March 2026). A change of law is a change here.
 */
import type { LegalSource, ServiceInfo } from './service-info.ts';

/** The day the research behind benefits-rules.md ended; every source below was read by then. */
const RESEARCHED = '2026-03-07';

const source = (citation: string, url?: string): LegalSource =>
  url === undefined ? { citation, asOf: RESEARCHED } : { citation, url, asOf: RESEARCHED };

// Sources cited in benefits-rules.md § 6, by their key there.
const S1 = 'http://www.gesetze-im-internet.de/rbsfv_2026/BJNR0F30B0025.html';
const S2 = 'https://www.gesetze-mit-links.de/rbsfv_2025/_3.html';
const S13 = 'https://www.lexetius.com/SGB2/12a';
const S14 = 'https://www.jobcenter-oberberg.de/lesitungsberechtigte-personen.php';
const S15 = 'https://www.kanzlei-frobel.de/gesetze/7-a-sgb-ii/';
const S16 =
  'https://destatis.de/DE/Themen/Gesellschaft-Umwelt/Soziales/Sozialhilfe/Methoden/Erlaeuterungen/Grundsicherung_Altersgrenze.html';
const S17 = 'https://www.hamburg.de/service/info/11258257/n0/';
const S18 =
  'https://bmas.bund.de/DE/Soziales/Sozialhilfe/Leistungen-fuer-den-Lebensunterhalt/leistungen-fuer-den-lebensunterhalt.html';
const S19 = 'https://hsp-kanzlei.com/aktuelles/einkommensgrenze-beim-elternunterhalt/';
const S20 = 'https://rechtsanwalt-und-sozialrecht.de/tag/%C2%A7-1-dvo-zu-%C2%A7-90-abs-2-nr-9-sgb-xii';
const S23 = 'https://bsg.bund.de/SharedDocs/Entscheidungen/DE/2022/2022_07_13_B_07_14_AS_52_21_R.html';
const S24 =
  'https://www.bmas.de/DE/Soziales/Sozialhilfe/LeistungenAsylbewerberleistungsgesetz/leistungssaetze-asylbewerberleistungsgesetz.html';
const S32 = 'https://openjur.de/u/635046.html';

const ID_AND_RESIDENCE = ['Personalausweis oder Reisepass', 'Aufenthaltstitel (wenn Sie nicht Deutsche oder Deutscher sind)'];
const HOUSING = ['Mietvertrag', 'letzte Nebenkosten- und Heizkostenabrechnung'];
const MONEY = ['Kontoauszüge der letzten 3 Monate', 'Nachweise über Einkommen (z. B. Lohnabrechnungen, Rentenbescheid)', 'Nachweise über Vermögen (z. B. Sparbuch, Versicherungen, Fahrzeugpapiere)'];

const MODULES: ServiceInfo[] = [
  {
    id: 'leistungsfinder',
    kind: 'modul',
    name: 'Sozialleistungsfinder',
    summary:
      'Mit ein paar Fragen sehen Sie, welche Sozialleistungen für Sie in Frage kommen könnten und warum. Ihre Antworten bleiben auf Ihrem Gerät; das Ergebnis ist eine Orientierung, keine Entscheidung.',
    legalBasis: [],
    executingAuthority: 'Keine Behörde: eine Orientierungshilfe der Sozialplattform',
    documents: [],
    offlineRoute: 'Lassen Sie sich im Sozialamt, im Jobcenter oder bei einer Beratungsstelle beraten.',
    validFrom: '2026-03-07',
  },
  {
    id: 'beratungsstellenfinder',
    kind: 'modul',
    name: 'Beratungsstellenfinder',
    summary:
      'Sie finden Beratungsstellen in Ihrer Nähe, zum Beispiel zu Schulden, Sucht, Wohnungsnot oder Migration. Sie sehen, wie Sie die Stelle erreichen und was sie anbietet.',
    legalBasis: [],
    executingAuthority: 'Beratungsstellen der Kommunen und der freien Wohlfahrtspflege',
    documents: [],
    offlineRoute: 'Fragen Sie im Sozialamt oder im Bürgerbüro nach Beratungsstellen in Ihrer Nähe.',
    validFrom: '2026-03-07',
  },
  {
    id: 'terminvereinbarung',
    kind: 'modul',
    name: 'Terminvereinbarung',
    summary:
      'Sie buchen einen Termin bei einem Amt oder einer Beratungsstelle, vor Ort oder online. Sie bekommen eine Bestätigung und können den Termin auch wieder absagen.',
    legalBasis: [],
    executingAuthority: 'Das Amt oder die Beratungsstelle, bei der Sie den Termin buchen',
    documents: [],
    offlineRoute: 'Rufen Sie die Stelle an oder gehen Sie zu den Öffnungszeiten vorbei.',
    validFrom: '2026-03-07',
  },
  {
    id: 'chat-videoberatung',
    kind: 'modul',
    name: 'Chat- und Videoberatung',
    summary:
      'Sie lassen sich per Chat oder Videogespräch beraten, ohne den Weg zur Beratungsstelle. Das geht bei Stellen, die diese Beratung anbieten.',
    legalBasis: [],
    executingAuthority: 'Beratungsstellen, die Online-Beratung anbieten',
    documents: [],
    offlineRoute: 'Vereinbaren Sie einen Termin vor Ort oder rufen Sie die Beratungsstelle an.',
    validFrom: '2026-03-07',
  },
  {
    id: 'self-service-beratungsstellen',
    kind: 'modul',
    name: 'Self-Service für Beratungsstellen',
    summary:
      'Beratungsstellen pflegen hier selbst ihr Profil, ihre Angebote und freie Termine. Die Teilnahme ist für jede anerkannte Beratungsstelle kostenlos.',
    legalBasis: [],
    executingAuthority: 'Die Beratungsstelle selbst',
    documents: [],
    offlineRoute: 'Wenden Sie sich an die Koordinierungsstelle Ihres Landes oder Ihrer Kommune.',
    validFrom: '2026-03-07',
  },
];

const LEISTUNGEN: ServiceInfo[] = [
  {
    id: 'buergergeld',
    kind: 'leistung',
    leikaKey: '99107108017000',
    name: 'Bürgergeld (Grundsicherung für Arbeitsuchende)',
    summary:
      'Bürgergeld sichert den Lebensunterhalt und die Wohnkosten von Menschen, die arbeiten können, aber nicht genug Geld zum Leben haben. Es gilt auch für die Menschen, die mit ihnen zusammenleben, zum Beispiel Partner und Kinder.',
    // The reform "Neue Grundsicherung" renames it "Grundsicherungsgeld" from 1.7.2026 (planned; Bundesrat and
    // promulgation UNVERIFIED, benefits-rules.md 2.1.7). Give this entry a validUntil once that is confirmed.
    legalBasis: [
      source('§ 7 SGB II (Leistungsberechtigte)', S14),
      source('§ 7a SGB II (Altersgrenze)', S15),
      source('§ 12a SGB II (vorrangige Leistungen)', S13),
      source('§ 20 SGB II, RBSFV 2026 (Regelbedarfe)', S1),
    ],
    executingAuthority: 'Jobcenter',
    documents: [
      ...ID_AND_RESIDENCE,
      'Meldebescheinigung',
      'Krankenkassenkarte',
      'Rentenversicherungsnummer und Steuer-Identifikationsnummer',
      ...HOUSING,
      ...MONEY,
      'Geburtsurkunden und Schulbescheinigungen der Kinder',
    ],
    offlineRoute:
      'Beantragen Sie Bürgergeld beim Jobcenter: persönlich, schriftlich, telefonisch oder online über jobcenter.digital. Ein formloser Antrag reicht zunächst; das Geld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen.',
    validFrom: '2023-01-01',
  },
  {
    id: 'aktivierung-eingliederung',
    kind: 'leistung',
    name: 'Aktivierung und berufliche Eingliederung',
    summary:
      'Das Jobcenter kann Kurse, Coaching und andere Maßnahmen bezahlen, die Ihnen den Weg in Arbeit oder Ausbildung erleichtern. Das gilt für Menschen, die Bürgergeld bekommen und arbeiten können.',
    legalBasis: [source('§ 16 Abs. 1 SGB II'), source('§§ 44, 45 SGB III (Vermittlungsbudget, Maßnahmen zur Aktivierung)')],
    executingAuthority: 'Jobcenter',
    documents: ['Lebenslauf und Zeugnisse', 'Bürgergeld-Bescheid', 'wenn vorhanden: Angebot oder Beschreibung der Maßnahme'],
    offlineRoute:
      'Sprechen Sie Ihre Ansprechperson im Jobcenter an; die Förderung wird meist im Kooperationsplan vereinbart. Einen Aktivierungs- und Vermittlungsgutschein können Sie dort auch direkt erfragen.',
    validFrom: '2023-07-01',
  },
  {
    id: 'foerderung-erwerbstaetigkeit',
    kind: 'leistung',
    name: 'Förderung der Aufnahme einer Erwerbstätigkeit',
    summary:
      'Wer mit Bürgergeld eine Arbeit oder eine Selbstständigkeit beginnt, kann vom Jobcenter Unterstützung bekommen, zum Beispiel Einstiegsgeld. Ob und wie viel, entscheidet das Jobcenter im Einzelfall.',
    legalBasis: [source('§ 16b SGB II (Einstiegsgeld)'), source('§§ 16c, 16g SGB II')],
    executingAuthority: 'Jobcenter',
    documents: ['Arbeitsvertrag oder Zusage des Arbeitgebers', 'bei Selbstständigkeit: Geschäftsplan', 'Bürgergeld-Bescheid'],
    offlineRoute:
      'Stellen Sie den Antrag beim Jobcenter, am besten bevor Sie die Arbeit beginnen. Sprechen Sie dazu Ihre Ansprechperson an.',
    validFrom: '2023-07-01',
  },
  {
    id: 'bildung-und-teilhabe',
    kind: 'leistung',
    leikaKey: '99107032017007',
    name: 'Bildung und Teilhabe',
    summary:
      'Kinder und junge Menschen unter 25 aus Familien mit wenig Geld bekommen Geld für Schulsachen, Ausflüge, Klassenfahrten, Mittagessen, Nachhilfe und Fahrkarten; unter 18 auch 15 € im Monat für Verein oder Musikschule. Das gilt, wenn die Familie Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt.',
    legalBasis: [
      source('§ 28 SGB II'),
      source('§§ 34, 34a SGB XII'),
      source('§ 6b BKGG (bei Kinderzuschlag und Wohngeld)'),
      source('§ 3 RBSFV 2025/2026 (Schulbedarf 130 € + 65 €)', S2),
    ],
    executingAuthority:
      'Jobcenter (bei Bürgergeld), Sozialamt (bei Sozialhilfe), die nach Landesrecht bestimmte Stelle (bei Kinderzuschlag und Wohngeld), die Behörde für Asylbewerberleistungen (bei Asylbewerberleistungen)',
    documents: [
      'Bescheid über Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld',
      'Schulbescheinigung (bei Schulbeginn und ab 15 Jahren)',
      'Bestätigung der Schule oder Kita über Kosten (Ausflug, Klassenfahrt, Mittagessen)',
      'für Nachhilfe: Bestätigung der Schule, dass Lernförderung nötig ist',
      'für Verein oder Musikschule: Name des Anbieters und Beitrag',
    ],
    offlineRoute:
      'Beantragen Sie die Leistungen bei der Stelle, die Ihre Hauptleistung zahlt, mit dem Vordruck für Bildung und Teilhabe. Bei Kinderzuschlag und Wohngeld ist immer ein eigener Antrag nötig; bei Sozialhilfe stellen Sie ihn vorher, denn rückwirkend gibt es nichts.',
    validFrom: '2019-08-01',
  },
  {
    id: 'grundsicherung-alter-erwerbsminderung',
    kind: 'leistung',
    leikaKey: '99107009017000',
    name: 'Grundsicherung im Alter und bei Erwerbsminderung',
    summary:
      'Die Grundsicherung hilft Menschen, deren Rente oder anderes Einkommen nicht zum Leben reicht, wenn sie die Altersgrenze erreicht haben oder dauerhaft nicht arbeiten können. Kinder und Eltern müssen nur zahlen, wenn sie mehr als 100.000 € im Jahr verdienen.',
    legalBasis: [
      source('§ 41 SGB XII (Leistungsberechtigte, Altersgrenze)', S16),
      source('§ 41 Abs. 3 SGB XII (dauerhafte volle Erwerbsminderung)', S17),
      source('§ 94 Abs. 1a SGB XII (Unterhaltsrückgriff erst ab 100.000 €)', S19),
      source('§ 90 SGB XII mit DVO (Schonvermögen 10.000 €)', S20),
    ],
    executingAuthority: 'Sozialamt der Stadt oder des Kreises (oft auch über die Gemeinde)',
    documents: [
      ...ID_AND_RESIDENCE,
      'Rentenbescheid mit Berechnung',
      'Bescheid der Rentenversicherung über dauerhafte volle Erwerbsminderung (falls vorhanden)',
      'Schwerbehindertenausweis (falls vorhanden)',
      ...HOUSING,
      ...MONEY,
      'Krankenkassenkarte',
    ],
    offlineRoute:
      'Stellen Sie einen schriftlichen Antrag beim Sozialamt; ohne Antrag gibt es keine Grundsicherung. Vordrucke gibt es dort; jede andere Sozialbehörde, auch die Rentenversicherung, nimmt den Antrag an und leitet ihn weiter (§ 16 SGB I).',
    validFrom: '2023-01-01',
  },
  {
    id: 'hilfe-zum-lebensunterhalt',
    kind: 'leistung',
    leikaKey: '99107012017000',
    name: 'Hilfe zum Lebensunterhalt (Sozialhilfe)',
    summary:
      'Die Hilfe zum Lebensunterhalt sichert das Nötigste, wenn das eigene Geld nicht reicht und weder Bürgergeld noch Grundsicherung in Frage kommen. Das betrifft zum Beispiel Menschen, die für längere Zeit, aber nicht für immer, nicht arbeiten können, oder die schon vor der Altersgrenze eine Altersrente beziehen.',
    legalBasis: [
      source('§§ 19 Abs. 1, 27 ff. SGB XII', S18),
      source('§ 21 SGB XII (Vorrang des SGB II)', S18),
      source('§ 90 SGB XII mit DVO (Schonvermögen 10.000 €)', S20),
    ],
    executingAuthority: 'Sozialamt der Stadt oder des Kreises (oft auch über die Gemeinde)',
    documents: [
      ...ID_AND_RESIDENCE,
      'Krankenkassenkarte',
      'Steuer-Identifikationsnummer',
      'Nachweise über die Erwerbsminderung (z. B. Rentenbescheid, ärztliche Bescheinigung)',
      ...HOUSING,
      ...MONEY,
      'wenn vorhanden: Bescheid des Jobcenters über die Ablehnung oder Einstellung',
    ],
    offlineRoute:
      'Melden Sie sich beim Sozialamt dort, wo Sie sich tatsächlich aufhalten: persönlich, telefonisch oder schriftlich. Die Hilfe beginnt, sobald das Amt von Ihrer Notlage weiß; stellen Sie trotzdem einen schriftlichen Antrag.',
    validFrom: '2023-01-01',
  },
  {
    id: 'besondere-soziale-schwierigkeiten',
    kind: 'leistung',
    name: 'Hilfe zur Überwindung besonderer sozialer Schwierigkeiten',
    summary:
      'Diese Hilfe ist für Menschen in einer besonders schweren Lage, etwa ohne Wohnung, nach Haft oder bei Gewalt, die da allein nicht herauskommen. Beratung und persönliche Unterstützung gibt es unabhängig von Einkommen und Vermögen.',
    legalBasis: [source('§§ 67–69 SGB XII'), source('Verordnung zur Durchführung der Hilfe zur Überwindung besonderer sozialer Schwierigkeiten vom 24.1.2001')],
    executingAuthority: 'Sozialamt (örtlicher oder überörtlicher Träger der Sozialhilfe), oft über eine Fachberatungsstelle',
    documents: ['Personalausweis oder anderes Ausweisdokument (falls vorhanden)', 'Unterlagen zu Ihrer Lage, z. B. Kündigung, Räumungsklage, Entlassungsschein'],
    offlineRoute:
      'Ein formloser Antrag beim Sozialamt genügt. Oft ist es leichter, zuerst zu einer Fachberatungsstelle der Wohnungslosenhilfe zu gehen; sie hilft beim Antrag.',
    validFrom: '2001-01-24',
  },
  {
    id: 'schuldnerberatung',
    kind: 'leistung',
    name: 'Schuldnerberatung',
    summary:
      'Eine Schuldnerberatung hilft Ihnen, Ihre Schulden zu ordnen, mit Gläubigern zu verhandeln und einen Weg aus den Schulden zu finden. Für Menschen mit Bürgergeld oder Sozialhilfe ist sie in der Regel kostenlos.',
    legalBasis: [source('§ 16a Nr. 2 SGB II'), source('§ 11 Abs. 5 SGB XII')],
    executingAuthority: 'Kreis oder kreisfreie Stadt (über Jobcenter oder Sozialamt); die Beratung machen meist freie Träger',
    documents: ['Liste der Gläubiger und Forderungen', 'Mahnungen, Pfändungen, Gerichtspost', 'Nachweise über Einkommen', 'Bescheid über Bürgergeld oder Sozialhilfe (falls vorhanden)'],
    offlineRoute:
      'Vereinbaren Sie direkt einen Termin bei einer anerkannten Schuldnerberatungsstelle. Wenn Sie Bürgergeld oder Sozialhilfe bekommen, fragen Sie beim Jobcenter oder Sozialamt nach der Übernahme der Kosten.',
    validFrom: '2023-01-01',
  },
  {
    id: 'suchtberatung',
    kind: 'leistung',
    name: 'Suchtberatung',
    summary:
      'Eine Suchtberatung hilft bei Problemen mit Alkohol, Drogen, Medikamenten, Glücksspiel oder anderen Süchten, auch Angehörigen. Die Beratung ist vertraulich, auf Wunsch anonym und in der Regel kostenlos.',
    legalBasis: [source('§ 16a Nr. 4 SGB II'), source('§ 11 Abs. 5 SGB XII')],
    executingAuthority: 'Kreis oder kreisfreie Stadt (über Jobcenter oder Sozialamt); die Beratung machen meist freie Träger',
    documents: [],
    offlineRoute: 'Rufen Sie eine Suchtberatungsstelle an oder gehen Sie zur offenen Sprechstunde; dafür brauchen Sie keinen Antrag.',
    validFrom: '2023-01-01',
  },
  {
    id: 'mietrueckstaende',
    kind: 'leistung',
    name: 'Übernahme von Mietrückständen',
    summary:
      'Wenn Sie mit der Miete oder mit Energiekosten im Rückstand sind und Ihre Wohnung in Gefahr ist, kann das Amt die Schulden übernehmen, meist als Darlehen. Das gilt auch, wenn Sie sonst keine Sozialleistungen bekommen.',
    legalBasis: [
      source('§ 22 Abs. 8 SGB II', S23),
      source('§ 36 SGB XII (mit § 21 Satz 2 SGB XII)', S23),
      source('§ 569 Abs. 3 Nr. 2 BGB (Schonfristzahlung)'),
    ],
    executingAuthority: 'Jobcenter, wenn Sie Bürgergeld bekommen; sonst das Sozialamt',
    documents: [
      'Aufstellung des Vermieters über die Rückstände',
      'Kündigung, Mahnung oder Räumungsklage (mit Datum der Zustellung)',
      'Mietvertrag und aktuelle Miethöhe',
      'Nachweise über Einkommen und Vermögen',
      'Bankverbindung des Vermieters',
    ],
    offlineRoute:
      'Gehen Sie sofort zum Jobcenter oder Sozialamt und bringen Sie Kündigung oder Räumungsklage mit. Nach einer Räumungsklage bleiben nur 2 Monate, um die Kündigung durch Zahlung unwirksam zu machen.',
    validFrom: '2022-07-13',
  },
  {
    id: 'geringverdiener-bescheinigung',
    kind: 'leistung',
    name: 'Bescheinigung für Geringverdiener',
    // The OZG definition of this service is UNVERIFIED (benefits-rules.md 2.9); this is its most plausible meaning.
    summary:
      'Das Sozialamt oder Jobcenter bescheinigt, dass Ihr Einkommen nur knapp über dem Bedarf für Sozialhilfe oder Bürgergeld liegt. Damit können Sie zum Beispiel beim Beitragsservice die Befreiung vom Rundfunkbeitrag als Härtefall beantragen.',
    legalBasis: [source('§ 4 Abs. 6 RBStV (Härtefall)', S32)],
    executingAuthority: 'Sozialamt; bei Bürgergeld-Nähe das Jobcenter',
    documents: [...ID_AND_RESIDENCE, ...HOUSING, ...MONEY],
    offlineRoute:
      'Fragen Sie beim Sozialamt nach einer Bedürftigkeitsbescheinigung oder nach einem Ablehnungsbescheid mit Berechnung. Beides können Sie dem Beitragsservice vorlegen.',
    validFrom: '2021-08-01',
  },
  {
    id: 'asylbewerberleistungen',
    kind: 'leistung',
    name: 'Leistungen nach dem Asylbewerberleistungsgesetz',
    summary:
      'Menschen im Asylverfahren, mit Duldung oder ohne gesicherten Aufenthalt bekommen Geld oder Sachleistungen für den Lebensunterhalt sowie eine Unterkunft. Nach 36 Monaten in Deutschland gibt es in der Regel höhere Leistungen wie in der Sozialhilfe.',
    legalBasis: [
      source('§ 1 AsylbLG (Leistungsberechtigte)', S24),
      source('§§ 3, 3a AsylbLG (Grundleistungen)', S24),
      source('§ 2 AsylbLG (Analogleistungen nach 36 Monaten)', S24),
    ],
    executingAuthority: 'Die nach Landesrecht zuständige Behörde, meist Sozialamt oder Amt für Migration der Stadt oder des Kreises',
    documents: [
      'Aufenthaltsgestattung, Duldung oder Ankunftsnachweis',
      'Nachweis, seit wann Sie in Deutschland sind',
      'Unterlagen zu Einkommen und Vermögen',
      'Kontoverbindung (falls vorhanden)',
    ],
    offlineRoute:
      'Melden Sie sich bei der Behörde, die Ihnen zugewiesen wurde, oder in Ihrer Unterkunft bei der Sozialberatung. In der Erstaufnahme ist das Land zuständig.',
    validFrom: '2026-01-01',
  },
  {
    id: 'asylbewerberleistungen-gesundheit',
    kind: 'leistung',
    name: 'Gesundheitsleistungen nach dem Asylbewerberleistungsgesetz',
    summary:
      'Wer Asylbewerberleistungen bekommt, wird bei akuten Krankheiten und Schmerzen, in Schwangerschaft und bei der Geburt behandelt und bekommt Impfungen. Weitere Hilfen, etwa bei chronischen Krankheiten, gibt es im Einzelfall auf Antrag.',
    legalBasis: [source('§ 4 AsylbLG (Krankheit, Schwangerschaft, Geburt)', S24), source('§ 6 AsylbLG (sonstige Leistungen)', S24)],
    executingAuthority: 'Die Behörde, die Ihre Asylbewerberleistungen zahlt',
    documents: ['Aufenthaltsgestattung oder Duldung', 'Behandlungsschein oder Gesundheitskarte (falls vorhanden)', 'für sonstige Leistungen: ärztliche Bescheinigung'],
    offlineRoute:
      'Holen Sie vor dem Arztbesuch einen Behandlungsschein bei Ihrer Behörde, wenn Sie keine Gesundheitskarte haben. Im Notfall gehen Sie direkt zum Arzt oder ins Krankenhaus.',
    validFrom: '2026-01-01',
  },
  {
    id: 'pflegewohnung',
    kind: 'leistung',
    // A non-EfA extra of some Länder; benefits-rules.md has no facts on it, so this entry stays general.
    name: 'Wohnen mit Pflege',
    summary:
      'Einige Länder und Kommunen helfen Menschen mit Pflegebedarf, eine passende Wohnung oder einen Platz in einer Pflegeeinrichtung zu finden und zu bezahlen. Was es genau gibt, ist je nach Land verschieden.',
    legalBasis: [],
    executingAuthority: 'Sozialamt oder Pflegeberatung der Stadt oder des Kreises',
    documents: ['Bescheid der Pflegekasse über den Pflegegrad', 'Nachweise über Einkommen und Vermögen', 'Miet- oder Heimvertrag (falls vorhanden)'],
    offlineRoute: 'Lassen Sie sich bei der Pflegeberatung Ihrer Stadt oder Ihres Kreises oder bei Ihrer Pflegekasse beraten.',
    validFrom: '2026-03-07',
  },
  {
    id: 'seniorenpass',
    kind: 'leistung',
    // A voluntary local offer without federal legal basis; the conditions are set by each Kommune.
    name: 'Seniorenpass',
    summary:
      'Mit einem Seniorenpass bekommen ältere Menschen in manchen Städten Ermäßigungen, zum Beispiel für Bus und Bahn, Museen oder Schwimmbäder. Wer ihn bekommt, legt jede Stadt selbst fest.',
    legalBasis: [],
    executingAuthority: 'Stadt oder Gemeinde (oft Bürgerbüro oder Seniorenbüro)',
    documents: ['Personalausweis', 'Lichtbild', 'je nach Stadt: Nachweis über Einkommen oder Rente'],
    offlineRoute: 'Beantragen Sie den Pass im Bürgerbüro oder Seniorenbüro Ihrer Stadt.',
    validFrom: '2026-03-07',
  },
];

const INFORMATION: ServiceInfo[] = [
  {
    id: 'wohngeld',
    kind: 'information',
    leikaKey: '99107023037000',
    name: 'Wohngeld',
    summary:
      'Wohngeld ist ein Zuschuss zur Miete oder, wenn Sie im eigenen Haus oder in der eigenen Wohnung leben, zu den Wohnkosten. Es ist für Haushalte mit kleinem Einkommen, die keine Leistung bekommen, die die Wohnkosten schon zahlt.',
    legalBasis: [
      source('§§ 3, 19 WoGG (Berechtigung, Berechnung)'),
      source('§ 7 WoGG (Ausschluss bei Bürgergeld, Sozialhilfe, Asylbewerberleistungen)'),
      source('§ 12a SGB II (Vorrang vor Bürgergeld)', S13),
    ],
    executingAuthority: 'Wohngeldbehörde der Stadt, Gemeinde oder des Kreises',
    documents: [...ID_AND_RESIDENCE, 'Mietvertrag', 'Mietbescheinigung des Vermieters', 'Nachweise über die letzten Mietzahlungen', 'Einkommensnachweise aller Haushaltsmitglieder', 'bei Eigentum: Nachweise über Kredit, Zinsen und Grundsteuer'],
    offlineRoute:
      'Stellen Sie den Antrag mit dem Vordruck der Wohngeldbehörde Ihrer Stadt oder Ihres Kreises; viele Länder bieten auch einen eigenen Online-Antrag an. Wohngeld gibt es ab dem Monat, in dem der Antrag eingeht.',
    validFrom: '2025-01-01',
  },
  {
    id: 'kinderzuschlag',
    kind: 'information',
    name: 'Kinderzuschlag',
    summary:
      'Der Kinderzuschlag ist bis zu 297 € im Monat pro Kind für Eltern, die genug für sich selbst verdienen, aber nicht genug für die ganze Familie. Sie bekommen ihn von der Familienkasse zusätzlich zum Kindergeld.',
    legalBasis: [source('§ 6a BKGG'), source('§ 12a SGB II (Vorrang vor Bürgergeld)', S13)],
    executingAuthority: 'Familienkasse der Bundesagentur für Arbeit',
    documents: ['Kindergeldnummer', 'Lohnabrechnungen der letzten 6 Monate', 'Mietvertrag oder Nachweis der Wohnkosten', 'Nachweise über Unterhalt oder Unterhaltsvorschuss für die Kinder', 'Wohngeldbescheid (falls vorhanden)'],
    offlineRoute:
      'Stellen Sie den Antrag bei der Familienkasse, online über die Bundesagentur für Arbeit oder mit dem Papiervordruck. Er gilt für 6 Monate; danach stellen Sie einen neuen Antrag.',
    validFrom: '2025-01-01',
  },
];

/** Every service the platform knows, in catalogue order: modules, OZG services, neighbouring services. */
export const SERVICE_CATALOGUE: ServiceInfo[] = [...MODULES, ...LEISTUNGEN, ...INFORMATION];

/** Research date of the catalogue, for "Stand" lines in the UI. */
export const CATALOGUE_AS_OF = RESEARCHED;
