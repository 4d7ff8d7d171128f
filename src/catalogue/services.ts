/**
 * The service catalogue: one entry per module, OZG service and neighbouring information service,
 * as dated data with its legal source. Facts and sources come from shared/benefits-rules.md
 * (research status 2026-03; sources end 7 March 2026). A change of law is a change here.
 *
 * Citizen-facing texts are getters over msg() (ids `catalogue.<serviceId>.*`): they are evaluated
 * when read, so a widget whose language changes at runtime shows them in the new language. Under
 * Node (server, seeds) msg() returns the German source, so the API stays German. Citations, URLs
 * and dates are data and are never translated.
 */
import { msg } from '@lit/localize';
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

// Documents several services ask for: one message each (`catalogue.doc.<key>`), read when shown.
const rentalContract = () => msg('Mietvertrag', { id: 'catalogue.doc.mietvertrag' });
const healthInsuranceCard = () => msg('Krankenkassenkarte', { id: 'catalogue.doc.krankenkassenkarte' });
const buergergeldNotice = () => msg('Bürgergeld-Bescheid', { id: 'catalogue.doc.buergergeld-bescheid' });
const incomeAndAssets = () => msg('Nachweise über Einkommen und Vermögen', { id: 'catalogue.doc.einkommen-und-vermoegen' });
const idAndResidence = () => [
  msg('Personalausweis oder Reisepass', { id: 'catalogue.doc.ausweis' }),
  msg('Aufenthaltstitel (wenn Sie nicht Deutsche oder Deutscher sind)', { id: 'catalogue.doc.aufenthaltstitel' }),
];
const housing = () => [rentalContract(), msg('letzte Nebenkosten- und Heizkostenabrechnung', { id: 'catalogue.doc.nebenkosten' })];
const money = () => [
  msg('Kontoauszüge der letzten 3 Monate', { id: 'catalogue.doc.kontoauszuege' }),
  msg('Nachweise über Einkommen (z. B. Lohnabrechnungen, Rentenbescheid)', { id: 'catalogue.doc.einkommen' }),
  msg('Nachweise über Vermögen (z. B. Sparbuch, Versicherungen, Fahrzeugpapiere)', { id: 'catalogue.doc.vermoegen' }),
];

const MODULES: ServiceInfo[] = [
  {
    id: 'leistungsfinder',
    kind: 'modul',
    get name() {
      return msg('Sozialleistungsfinder', { id: 'catalogue.leistungsfinder.name' });
    },
    get summary() {
      return msg(
        'Mit ein paar Fragen sehen Sie, welche Sozialleistungen für Sie in Frage kommen könnten und warum. Ihre Antworten bleiben auf Ihrem Gerät; das Ergebnis ist eine Orientierung, keine Entscheidung.',
        { id: 'catalogue.leistungsfinder.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Keine Behörde: eine Orientierungshilfe der Sozialplattform', { id: 'catalogue.leistungsfinder.authority' });
    },
    documents: [],
    get offlineRoute() {
      return msg('Lassen Sie sich im Sozialamt, im Jobcenter oder bei einer Beratungsstelle beraten.', { id: 'catalogue.leistungsfinder.route' });
    },
    validFrom: '2026-03-07',
  },
  {
    id: 'beratungsstellenfinder',
    kind: 'modul',
    get name() {
      return msg('Beratungsstellenfinder', { id: 'catalogue.beratungsstellenfinder.name' });
    },
    get summary() {
      return msg(
        'Sie finden Beratungsstellen in Ihrer Nähe, zum Beispiel zu Schulden, Sucht, Wohnungsnot oder Migration. Sie sehen, wie Sie die Stelle erreichen und was sie anbietet.',
        { id: 'catalogue.beratungsstellenfinder.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Beratungsstellen der Kommunen und der freien Wohlfahrtspflege', { id: 'catalogue.beratungsstellenfinder.authority' });
    },
    documents: [],
    get offlineRoute() {
      return msg('Fragen Sie im Sozialamt oder im Bürgerbüro nach Beratungsstellen in Ihrer Nähe.', { id: 'catalogue.beratungsstellenfinder.route' });
    },
    validFrom: '2026-03-07',
  },
  {
    id: 'terminvereinbarung',
    kind: 'modul',
    get name() {
      return msg('Terminvereinbarung', { id: 'catalogue.terminvereinbarung.name' });
    },
    get summary() {
      return msg(
        'Sie buchen einen Termin bei einem Amt oder einer Beratungsstelle, vor Ort oder online. Sie bekommen eine Bestätigung und können den Termin auch wieder absagen.',
        { id: 'catalogue.terminvereinbarung.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Das Amt oder die Beratungsstelle, bei der Sie den Termin buchen', { id: 'catalogue.terminvereinbarung.authority' });
    },
    documents: [],
    get offlineRoute() {
      return msg('Rufen Sie die Stelle an oder gehen Sie zu den Öffnungszeiten vorbei.', { id: 'catalogue.terminvereinbarung.route' });
    },
    validFrom: '2026-03-07',
  },
  {
    id: 'chat-videoberatung',
    kind: 'modul',
    get name() {
      return msg('Chat- und Videoberatung', { id: 'catalogue.chat-videoberatung.name' });
    },
    get summary() {
      return msg(
        'Sie lassen sich per Chat oder Videogespräch beraten, ohne den Weg zur Beratungsstelle. Das geht bei Stellen, die diese Beratung anbieten.',
        { id: 'catalogue.chat-videoberatung.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Beratungsstellen, die Online-Beratung anbieten', { id: 'catalogue.chat-videoberatung.authority' });
    },
    documents: [],
    get offlineRoute() {
      return msg('Vereinbaren Sie einen Termin vor Ort oder rufen Sie die Beratungsstelle an.', { id: 'catalogue.chat-videoberatung.route' });
    },
    validFrom: '2026-03-07',
  },
  {
    id: 'self-service-beratungsstellen',
    kind: 'modul',
    get name() {
      return msg('Self-Service für Beratungsstellen', { id: 'catalogue.self-service-beratungsstellen.name' });
    },
    get summary() {
      return msg(
        'Beratungsstellen pflegen hier selbst ihr Profil, ihre Angebote und freie Termine. Die Teilnahme ist für jede anerkannte Beratungsstelle kostenlos.',
        { id: 'catalogue.self-service-beratungsstellen.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Die Beratungsstelle selbst', { id: 'catalogue.self-service-beratungsstellen.authority' });
    },
    documents: [],
    get offlineRoute() {
      return msg('Wenden Sie sich an die Koordinierungsstelle Ihres Landes oder Ihrer Kommune.', { id: 'catalogue.self-service-beratungsstellen.route' });
    },
    validFrom: '2026-03-07',
  },
];

const LEISTUNGEN: ServiceInfo[] = [
  {
    id: 'buergergeld',
    kind: 'leistung',
    leikaKey: '99107108017000',
    get name() {
      return msg('Bürgergeld (Grundsicherung für Arbeitsuchende)', { id: 'catalogue.buergergeld.name' });
    },
    get summary() {
      return msg(
        'Bürgergeld sichert den Lebensunterhalt und die Wohnkosten von Menschen, die arbeiten können, aber nicht genug Geld zum Leben haben. Es gilt auch für die Menschen, die mit ihnen zusammenleben, zum Beispiel Partner und Kinder.',
        { id: 'catalogue.buergergeld.summary' },
      );
    },
    // The reform "Neue Grundsicherung" renames it "Grundsicherungsgeld" from 1.7.2026 (planned; Bundesrat and
    // promulgation UNVERIFIED, benefits-rules.md 2.1.7). Give this entry a validUntil once that is confirmed.
    legalBasis: [
      source('§ 7 SGB II (Leistungsberechtigte)', S14),
      source('§ 7a SGB II (Altersgrenze)', S15),
      source('§ 12a SGB II (vorrangige Leistungen)', S13),
      source('§ 20 SGB II, RBSFV 2026 (Regelbedarfe)', S1),
    ],
    get executingAuthority() {
      return msg('Jobcenter', { id: 'catalogue.buergergeld.authority' });
    },
    get documents() {
      return [
        ...idAndResidence(),
        msg('Meldebescheinigung', { id: 'catalogue.buergergeld.doc.1' }),
        healthInsuranceCard(),
        msg('Rentenversicherungsnummer und Steuer-Identifikationsnummer', { id: 'catalogue.buergergeld.doc.2' }),
        ...housing(),
        ...money(),
        msg('Geburtsurkunden und Schulbescheinigungen der Kinder', { id: 'catalogue.buergergeld.doc.3' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Beantragen Sie Bürgergeld beim Jobcenter: persönlich, schriftlich, telefonisch oder online über jobcenter.digital. Ein formloser Antrag reicht zunächst; das Geld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen.',
        { id: 'catalogue.buergergeld.route' },
      );
    },
    validFrom: '2023-01-01',
  },
  {
    id: 'aktivierung-eingliederung',
    kind: 'leistung',
    get name() {
      return msg('Aktivierung und berufliche Eingliederung', { id: 'catalogue.aktivierung-eingliederung.name' });
    },
    get summary() {
      return msg(
        'Das Jobcenter kann Kurse, Coaching und andere Maßnahmen bezahlen, die Ihnen den Weg in Arbeit oder Ausbildung erleichtern. Das gilt für Menschen, die Bürgergeld bekommen und arbeiten können.',
        { id: 'catalogue.aktivierung-eingliederung.summary' },
      );
    },
    legalBasis: [source('§ 16 Abs. 1 SGB II'), source('§§ 44, 45 SGB III (Vermittlungsbudget, Maßnahmen zur Aktivierung)')],
    get executingAuthority() {
      return msg('Jobcenter', { id: 'catalogue.aktivierung-eingliederung.authority' });
    },
    get documents() {
      return [
        msg('Lebenslauf und Zeugnisse', { id: 'catalogue.aktivierung-eingliederung.doc.1' }),
        buergergeldNotice(),
        msg('wenn vorhanden: Angebot oder Beschreibung der Maßnahme', { id: 'catalogue.aktivierung-eingliederung.doc.2' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Sprechen Sie Ihre Ansprechperson im Jobcenter an; die Förderung wird meist im Kooperationsplan vereinbart. Einen Aktivierungs- und Vermittlungsgutschein können Sie dort auch direkt erfragen.',
        { id: 'catalogue.aktivierung-eingliederung.route' },
      );
    },
    validFrom: '2023-07-01',
  },
  {
    id: 'foerderung-erwerbstaetigkeit',
    kind: 'leistung',
    get name() {
      return msg('Förderung der Aufnahme einer Erwerbstätigkeit', { id: 'catalogue.foerderung-erwerbstaetigkeit.name' });
    },
    get summary() {
      return msg(
        'Wer mit Bürgergeld eine Arbeit oder eine Selbstständigkeit beginnt, kann vom Jobcenter Unterstützung bekommen, zum Beispiel Einstiegsgeld. Ob und wie viel, entscheidet das Jobcenter im Einzelfall.',
        { id: 'catalogue.foerderung-erwerbstaetigkeit.summary' },
      );
    },
    legalBasis: [source('§ 16b SGB II (Einstiegsgeld)'), source('§§ 16c, 16g SGB II')],
    get executingAuthority() {
      return msg('Jobcenter', { id: 'catalogue.foerderung-erwerbstaetigkeit.authority' });
    },
    get documents() {
      return [
        msg('Arbeitsvertrag oder Zusage des Arbeitgebers', { id: 'catalogue.foerderung-erwerbstaetigkeit.doc.1' }),
        msg('bei Selbstständigkeit: Geschäftsplan', { id: 'catalogue.foerderung-erwerbstaetigkeit.doc.2' }),
        buergergeldNotice(),
      ];
    },
    get offlineRoute() {
      return msg(
        'Stellen Sie den Antrag beim Jobcenter, am besten bevor Sie die Arbeit beginnen. Sprechen Sie dazu Ihre Ansprechperson an.',
        { id: 'catalogue.foerderung-erwerbstaetigkeit.route' },
      );
    },
    validFrom: '2023-07-01',
  },
  {
    id: 'bildung-und-teilhabe',
    kind: 'leistung',
    leikaKey: '99107032017007',
    get name() {
      return msg('Bildung und Teilhabe', { id: 'catalogue.bildung-und-teilhabe.name' });
    },
    get summary() {
      return msg(
        'Kinder und junge Menschen unter 25 aus Familien mit wenig Geld bekommen Geld für Schulsachen, Ausflüge, Klassenfahrten, Mittagessen, Nachhilfe und Fahrkarten; unter 18 auch 15 € im Monat für Verein oder Musikschule. Das gilt, wenn die Familie Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt.',
        { id: 'catalogue.bildung-und-teilhabe.summary' },
      );
    },
    legalBasis: [
      source('§ 28 SGB II'),
      source('§§ 34, 34a SGB XII'),
      source('§ 6b BKGG (bei Kinderzuschlag und Wohngeld)'),
      source('§ 3 RBSFV 2025/2026 (Schulbedarf 130 € + 65 €)', S2),
    ],
    get executingAuthority() {
      return msg(
        'Jobcenter (bei Bürgergeld), Sozialamt (bei Sozialhilfe), die nach Landesrecht bestimmte Stelle (bei Kinderzuschlag und Wohngeld), die Behörde für Asylbewerberleistungen (bei Asylbewerberleistungen)',
        { id: 'catalogue.bildung-und-teilhabe.authority' },
      );
    },
    get documents() {
      return [
        msg('Bescheid über Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld', { id: 'catalogue.bildung-und-teilhabe.doc.1' }),
        msg('Schulbescheinigung (bei Schulbeginn und ab 15 Jahren)', { id: 'catalogue.bildung-und-teilhabe.doc.2' }),
        msg('Bestätigung der Schule oder Kita über Kosten (Ausflug, Klassenfahrt, Mittagessen)', { id: 'catalogue.bildung-und-teilhabe.doc.3' }),
        msg('für Nachhilfe: Bestätigung der Schule, dass Lernförderung nötig ist', { id: 'catalogue.bildung-und-teilhabe.doc.4' }),
        msg('für Verein oder Musikschule: Name des Anbieters und Beitrag', { id: 'catalogue.bildung-und-teilhabe.doc.5' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Beantragen Sie die Leistungen bei der Stelle, die Ihre Hauptleistung zahlt, mit dem Vordruck für Bildung und Teilhabe. Bei Kinderzuschlag und Wohngeld ist immer ein eigener Antrag nötig; bei Sozialhilfe stellen Sie ihn vorher, denn rückwirkend gibt es nichts.',
        { id: 'catalogue.bildung-und-teilhabe.route' },
      );
    },
    validFrom: '2019-08-01',
  },
  {
    id: 'grundsicherung-alter-erwerbsminderung',
    kind: 'leistung',
    leikaKey: '99107009017000',
    get name() {
      return msg('Grundsicherung im Alter und bei Erwerbsminderung', { id: 'catalogue.grundsicherung-alter-erwerbsminderung.name' });
    },
    get summary() {
      return msg(
        'Die Grundsicherung hilft Menschen, deren Rente oder anderes Einkommen nicht zum Leben reicht, wenn sie die Altersgrenze erreicht haben oder dauerhaft nicht arbeiten können. Kinder und Eltern müssen nur zahlen, wenn sie mehr als 100.000 € im Jahr verdienen.',
        { id: 'catalogue.grundsicherung-alter-erwerbsminderung.summary' },
      );
    },
    legalBasis: [
      source('§ 41 SGB XII (Leistungsberechtigte, Altersgrenze)', S16),
      source('§ 41 Abs. 3 SGB XII (dauerhafte volle Erwerbsminderung)', S17),
      source('§ 94 Abs. 1a SGB XII (Unterhaltsrückgriff erst ab 100.000 €)', S19),
      source('§ 90 SGB XII mit DVO (Schonvermögen 10.000 €)', S20),
    ],
    get executingAuthority() {
      return msg('Sozialamt der Stadt oder des Kreises (oft auch über die Gemeinde)', { id: 'catalogue.grundsicherung-alter-erwerbsminderung.authority' });
    },
    get documents() {
      return [
        ...idAndResidence(),
        msg('Rentenbescheid mit Berechnung', { id: 'catalogue.grundsicherung-alter-erwerbsminderung.doc.1' }),
        msg('Bescheid der Rentenversicherung über dauerhafte volle Erwerbsminderung (falls vorhanden)', {
          id: 'catalogue.grundsicherung-alter-erwerbsminderung.doc.2',
        }),
        msg('Schwerbehindertenausweis (falls vorhanden)', { id: 'catalogue.grundsicherung-alter-erwerbsminderung.doc.3' }),
        ...housing(),
        ...money(),
        healthInsuranceCard(),
      ];
    },
    get offlineRoute() {
      return msg(
        'Stellen Sie einen schriftlichen Antrag beim Sozialamt; ohne Antrag gibt es keine Grundsicherung. Vordrucke gibt es dort; jede andere Sozialbehörde, auch die Rentenversicherung, nimmt den Antrag an und leitet ihn weiter (§ 16 SGB I).',
        { id: 'catalogue.grundsicherung-alter-erwerbsminderung.route' },
      );
    },
    validFrom: '2023-01-01',
  },
  {
    id: 'hilfe-zum-lebensunterhalt',
    kind: 'leistung',
    leikaKey: '99107012017000',
    get name() {
      return msg('Hilfe zum Lebensunterhalt (Sozialhilfe)', { id: 'catalogue.hilfe-zum-lebensunterhalt.name' });
    },
    get summary() {
      return msg(
        'Die Hilfe zum Lebensunterhalt sichert das Nötigste, wenn das eigene Geld nicht reicht und weder Bürgergeld noch Grundsicherung in Frage kommen. Das betrifft zum Beispiel Menschen, die für längere Zeit, aber nicht für immer, nicht arbeiten können, oder die schon vor der Altersgrenze eine Altersrente beziehen.',
        { id: 'catalogue.hilfe-zum-lebensunterhalt.summary' },
      );
    },
    legalBasis: [
      source('§§ 19 Abs. 1, 27 ff. SGB XII', S18),
      source('§ 21 SGB XII (Vorrang des SGB II)', S18),
      source('§ 90 SGB XII mit DVO (Schonvermögen 10.000 €)', S20),
    ],
    get executingAuthority() {
      return msg('Sozialamt der Stadt oder des Kreises (oft auch über die Gemeinde)', { id: 'catalogue.hilfe-zum-lebensunterhalt.authority' });
    },
    get documents() {
      return [
        ...idAndResidence(),
        healthInsuranceCard(),
        msg('Steuer-Identifikationsnummer', { id: 'catalogue.hilfe-zum-lebensunterhalt.doc.1' }),
        msg('Nachweise über die Erwerbsminderung (z. B. Rentenbescheid, ärztliche Bescheinigung)', { id: 'catalogue.hilfe-zum-lebensunterhalt.doc.2' }),
        ...housing(),
        ...money(),
        msg('wenn vorhanden: Bescheid des Jobcenters über die Ablehnung oder Einstellung', { id: 'catalogue.hilfe-zum-lebensunterhalt.doc.3' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Melden Sie sich beim Sozialamt dort, wo Sie sich tatsächlich aufhalten: persönlich, telefonisch oder schriftlich. Die Hilfe beginnt, sobald das Amt von Ihrer Notlage weiß; stellen Sie trotzdem einen schriftlichen Antrag.',
        { id: 'catalogue.hilfe-zum-lebensunterhalt.route' },
      );
    },
    validFrom: '2023-01-01',
  },
  {
    id: 'besondere-soziale-schwierigkeiten',
    kind: 'leistung',
    get name() {
      return msg('Hilfe zur Überwindung besonderer sozialer Schwierigkeiten', { id: 'catalogue.besondere-soziale-schwierigkeiten.name' });
    },
    get summary() {
      return msg(
        'Diese Hilfe ist für Menschen in einer besonders schweren Lage, etwa ohne Wohnung, nach Haft oder bei Gewalt, die da allein nicht herauskommen. Beratung und persönliche Unterstützung gibt es unabhängig von Einkommen und Vermögen.',
        { id: 'catalogue.besondere-soziale-schwierigkeiten.summary' },
      );
    },
    legalBasis: [source('§§ 67–69 SGB XII'), source('Verordnung zur Durchführung der Hilfe zur Überwindung besonderer sozialer Schwierigkeiten vom 24.1.2001')],
    get executingAuthority() {
      return msg('Sozialamt (örtlicher oder überörtlicher Träger der Sozialhilfe), oft über eine Fachberatungsstelle', {
        id: 'catalogue.besondere-soziale-schwierigkeiten.authority',
      });
    },
    get documents() {
      return [
        msg('Personalausweis oder anderes Ausweisdokument (falls vorhanden)', { id: 'catalogue.besondere-soziale-schwierigkeiten.doc.1' }),
        msg('Unterlagen zu Ihrer Lage, z. B. Kündigung, Räumungsklage, Entlassungsschein', { id: 'catalogue.besondere-soziale-schwierigkeiten.doc.2' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Ein formloser Antrag beim Sozialamt genügt. Oft ist es leichter, zuerst zu einer Fachberatungsstelle der Wohnungslosenhilfe zu gehen; sie hilft beim Antrag.',
        { id: 'catalogue.besondere-soziale-schwierigkeiten.route' },
      );
    },
    validFrom: '2001-01-24',
  },
  {
    id: 'schuldnerberatung',
    kind: 'leistung',
    get name() {
      return msg('Schuldnerberatung', { id: 'catalogue.schuldnerberatung.name' });
    },
    get summary() {
      return msg(
        'Eine Schuldnerberatung hilft Ihnen, Ihre Schulden zu ordnen, mit Gläubigern zu verhandeln und einen Weg aus den Schulden zu finden. Für Menschen mit Bürgergeld oder Sozialhilfe ist sie in der Regel kostenlos.',
        { id: 'catalogue.schuldnerberatung.summary' },
      );
    },
    legalBasis: [source('§ 16a Nr. 2 SGB II'), source('§ 11 Abs. 5 SGB XII')],
    get executingAuthority() {
      return msg('Kreis oder kreisfreie Stadt (über Jobcenter oder Sozialamt); die Beratung machen meist freie Träger', {
        id: 'catalogue.schuldnerberatung.authority',
      });
    },
    get documents() {
      return [
        msg('Liste der Gläubiger und Forderungen', { id: 'catalogue.schuldnerberatung.doc.1' }),
        msg('Mahnungen, Pfändungen, Gerichtspost', { id: 'catalogue.schuldnerberatung.doc.2' }),
        msg('Nachweise über Einkommen', { id: 'catalogue.schuldnerberatung.doc.3' }),
        msg('Bescheid über Bürgergeld oder Sozialhilfe (falls vorhanden)', { id: 'catalogue.schuldnerberatung.doc.4' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Vereinbaren Sie direkt einen Termin bei einer anerkannten Schuldnerberatungsstelle. Wenn Sie Bürgergeld oder Sozialhilfe bekommen, fragen Sie beim Jobcenter oder Sozialamt nach der Übernahme der Kosten.',
        { id: 'catalogue.schuldnerberatung.route' },
      );
    },
    validFrom: '2023-01-01',
  },
  {
    id: 'suchtberatung',
    kind: 'leistung',
    get name() {
      return msg('Suchtberatung', { id: 'catalogue.suchtberatung.name' });
    },
    get summary() {
      return msg(
        'Eine Suchtberatung hilft bei Problemen mit Alkohol, Drogen, Medikamenten, Glücksspiel oder anderen Süchten, auch Angehörigen. Die Beratung ist vertraulich, auf Wunsch anonym und in der Regel kostenlos.',
        { id: 'catalogue.suchtberatung.summary' },
      );
    },
    legalBasis: [source('§ 16a Nr. 4 SGB II'), source('§ 11 Abs. 5 SGB XII')],
    get executingAuthority() {
      return msg('Kreis oder kreisfreie Stadt (über Jobcenter oder Sozialamt); die Beratung machen meist freie Träger', {
        id: 'catalogue.suchtberatung.authority',
      });
    },
    documents: [],
    get offlineRoute() {
      return msg('Rufen Sie eine Suchtberatungsstelle an oder gehen Sie zur offenen Sprechstunde; dafür brauchen Sie keinen Antrag.', {
        id: 'catalogue.suchtberatung.route',
      });
    },
    validFrom: '2023-01-01',
  },
  {
    id: 'mietrueckstaende',
    kind: 'leistung',
    get name() {
      return msg('Übernahme von Mietrückständen', { id: 'catalogue.mietrueckstaende.name' });
    },
    get summary() {
      return msg(
        'Wenn Sie mit der Miete oder mit Energiekosten im Rückstand sind und Ihre Wohnung in Gefahr ist, kann das Amt die Schulden übernehmen, meist als Darlehen. Das gilt auch, wenn Sie sonst keine Sozialleistungen bekommen.',
        { id: 'catalogue.mietrueckstaende.summary' },
      );
    },
    legalBasis: [
      source('§ 22 Abs. 8 SGB II', S23),
      source('§ 36 SGB XII (mit § 21 Satz 2 SGB XII)', S23),
      source('§ 569 Abs. 3 Nr. 2 BGB (Schonfristzahlung)'),
    ],
    get executingAuthority() {
      return msg('Jobcenter, wenn Sie Bürgergeld bekommen; sonst das Sozialamt', { id: 'catalogue.mietrueckstaende.authority' });
    },
    get documents() {
      return [
        msg('Aufstellung der Rückstände von der Vermieterin oder dem Vermieter', { id: 'catalogue.mietrueckstaende.doc.1' }),
        msg('Kündigung, Mahnung oder Räumungsklage (mit Datum der Zustellung)', { id: 'catalogue.mietrueckstaende.doc.2' }),
        msg('Mietvertrag und aktuelle Miethöhe', { id: 'catalogue.mietrueckstaende.doc.3' }),
        incomeAndAssets(),
        msg('Bankverbindung der Vermieterin oder des Vermieters', { id: 'catalogue.mietrueckstaende.doc.4' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Gehen Sie sofort zum Jobcenter oder Sozialamt und bringen Sie Kündigung oder Räumungsklage mit. Nach einer Räumungsklage bleiben nur 2 Monate, um die Kündigung durch Zahlung unwirksam zu machen.',
        { id: 'catalogue.mietrueckstaende.route' },
      );
    },
    validFrom: '2022-07-13',
  },
  {
    id: 'geringverdiener-bescheinigung',
    kind: 'leistung',
    get name() {
      return msg('Bescheinigung für Geringverdiener', { id: 'catalogue.geringverdiener-bescheinigung.name' });
    },
    // The OZG definition of this service is UNVERIFIED (benefits-rules.md 2.9); this is its most plausible meaning.
    get summary() {
      return msg(
        'Das Sozialamt oder Jobcenter bescheinigt, dass Ihr Einkommen nur knapp über dem Bedarf für Sozialhilfe oder Bürgergeld liegt. Damit können Sie zum Beispiel beim Beitragsservice die Befreiung vom Rundfunkbeitrag als Härtefall beantragen.',
        { id: 'catalogue.geringverdiener-bescheinigung.summary' },
      );
    },
    legalBasis: [source('§ 4 Abs. 6 RBStV (Härtefall)', S32)],
    get executingAuthority() {
      return msg('Sozialamt; bei Bürgergeld-Nähe das Jobcenter', { id: 'catalogue.geringverdiener-bescheinigung.authority' });
    },
    get documents() {
      return [...idAndResidence(), ...housing(), ...money()];
    },
    get offlineRoute() {
      return msg(
        'Fragen Sie beim Sozialamt nach einer Bedürftigkeitsbescheinigung oder nach einem Ablehnungsbescheid mit Berechnung. Beides können Sie dem Beitragsservice vorlegen.',
        { id: 'catalogue.geringverdiener-bescheinigung.route' },
      );
    },
    validFrom: '2021-08-01',
  },
  {
    id: 'asylbewerberleistungen',
    kind: 'leistung',
    get name() {
      return msg('Leistungen nach dem Asylbewerberleistungsgesetz', { id: 'catalogue.asylbewerberleistungen.name' });
    },
    get summary() {
      return msg(
        'Menschen im Asylverfahren, mit Duldung oder ohne gesicherten Aufenthalt bekommen Geld oder Sachleistungen für den Lebensunterhalt sowie eine Unterkunft. Nach 36 Monaten in Deutschland gibt es in der Regel höhere Leistungen wie in der Sozialhilfe.',
        { id: 'catalogue.asylbewerberleistungen.summary' },
      );
    },
    legalBasis: [
      source('§ 1 AsylbLG (Leistungsberechtigte)', S24),
      source('§§ 3, 3a AsylbLG (Grundleistungen)', S24),
      source('§ 2 AsylbLG (Analogleistungen nach 36 Monaten)', S24),
    ],
    get executingAuthority() {
      return msg('Die nach Landesrecht zuständige Behörde, meist Sozialamt oder Amt für Migration der Stadt oder des Kreises', {
        id: 'catalogue.asylbewerberleistungen.authority',
      });
    },
    get documents() {
      return [
        msg('Aufenthaltsgestattung, Duldung oder Ankunftsnachweis', { id: 'catalogue.asylbewerberleistungen.doc.1' }),
        msg('Nachweis, seit wann Sie in Deutschland sind', { id: 'catalogue.asylbewerberleistungen.doc.2' }),
        msg('Unterlagen zu Einkommen und Vermögen', { id: 'catalogue.asylbewerberleistungen.doc.3' }),
        msg('Kontoverbindung (falls vorhanden)', { id: 'catalogue.asylbewerberleistungen.doc.4' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Melden Sie sich bei der Behörde, die Ihnen zugewiesen wurde, oder in Ihrer Unterkunft bei der Sozialberatung. In der Erstaufnahme ist das Land zuständig.',
        { id: 'catalogue.asylbewerberleistungen.route' },
      );
    },
    validFrom: '2026-01-01',
  },
  {
    id: 'asylbewerberleistungen-gesundheit',
    kind: 'leistung',
    get name() {
      return msg('Gesundheitsleistungen nach dem Asylbewerberleistungsgesetz', { id: 'catalogue.asylbewerberleistungen-gesundheit.name' });
    },
    get summary() {
      return msg(
        'Wer Asylbewerberleistungen bekommt, wird bei akuten Krankheiten und Schmerzen, in Schwangerschaft und bei der Geburt behandelt und bekommt Impfungen. Weitere Hilfen, etwa bei chronischen Krankheiten, gibt es im Einzelfall auf Antrag.',
        { id: 'catalogue.asylbewerberleistungen-gesundheit.summary' },
      );
    },
    legalBasis: [source('§ 4 AsylbLG (Krankheit, Schwangerschaft, Geburt)', S24), source('§ 6 AsylbLG (sonstige Leistungen)', S24)],
    get executingAuthority() {
      return msg('Die Behörde, die Ihre Asylbewerberleistungen zahlt', { id: 'catalogue.asylbewerberleistungen-gesundheit.authority' });
    },
    get documents() {
      return [
        msg('Aufenthaltsgestattung oder Duldung', { id: 'catalogue.asylbewerberleistungen-gesundheit.doc.1' }),
        msg('Behandlungsschein oder Gesundheitskarte (falls vorhanden)', { id: 'catalogue.asylbewerberleistungen-gesundheit.doc.2' }),
        msg('für sonstige Leistungen: ärztliche Bescheinigung', { id: 'catalogue.asylbewerberleistungen-gesundheit.doc.3' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Holen Sie vor dem Arztbesuch einen Behandlungsschein bei Ihrer Behörde, wenn Sie keine Gesundheitskarte haben. Im Notfall gehen Sie direkt zum Arzt oder ins Krankenhaus.',
        { id: 'catalogue.asylbewerberleistungen-gesundheit.route' },
      );
    },
    validFrom: '2026-01-01',
  },
  {
    id: 'pflegewohnung',
    kind: 'leistung',
    // A non-EfA extra of some Länder; benefits-rules.md has no facts on it, so this entry stays general.
    get name() {
      return msg('Wohnen mit Pflege', { id: 'catalogue.pflegewohnung.name' });
    },
    get summary() {
      return msg(
        'Einige Länder und Kommunen helfen Menschen mit Pflegebedarf, eine passende Wohnung oder einen Platz in einer Pflegeeinrichtung zu finden und zu bezahlen. Was es genau gibt, ist je nach Land verschieden.',
        { id: 'catalogue.pflegewohnung.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Sozialamt oder Pflegeberatung der Stadt oder des Kreises', { id: 'catalogue.pflegewohnung.authority' });
    },
    get documents() {
      return [
        msg('Bescheid der Pflegekasse über den Pflegegrad', { id: 'catalogue.pflegewohnung.doc.1' }),
        incomeAndAssets(),
        msg('Miet- oder Heimvertrag (falls vorhanden)', { id: 'catalogue.pflegewohnung.doc.2' }),
      ];
    },
    get offlineRoute() {
      return msg('Lassen Sie sich bei der Pflegeberatung Ihrer Stadt oder Ihres Kreises oder bei Ihrer Pflegekasse beraten.', {
        id: 'catalogue.pflegewohnung.route',
      });
    },
    validFrom: '2026-03-07',
  },
  {
    id: 'seniorenpass',
    kind: 'leistung',
    // A voluntary local offer without federal legal basis; the conditions are set by each Kommune.
    get name() {
      return msg('Seniorenpass', { id: 'catalogue.seniorenpass.name' });
    },
    get summary() {
      return msg(
        'Mit einem Seniorenpass bekommen ältere Menschen in manchen Städten Ermäßigungen, zum Beispiel für Bus und Bahn, Museen oder Schwimmbäder. Wer ihn bekommt, legt jede Stadt selbst fest.',
        { id: 'catalogue.seniorenpass.summary' },
      );
    },
    legalBasis: [],
    get executingAuthority() {
      return msg('Stadt oder Gemeinde (oft Bürgerbüro oder Seniorenbüro)', { id: 'catalogue.seniorenpass.authority' });
    },
    get documents() {
      return [
        msg('Personalausweis', { id: 'catalogue.seniorenpass.doc.1' }),
        msg('Lichtbild', { id: 'catalogue.seniorenpass.doc.2' }),
        msg('je nach Stadt: Nachweis über Einkommen oder Rente', { id: 'catalogue.seniorenpass.doc.3' }),
      ];
    },
    get offlineRoute() {
      return msg('Beantragen Sie den Pass im Bürgerbüro oder Seniorenbüro Ihrer Stadt.', { id: 'catalogue.seniorenpass.route' });
    },
    validFrom: '2026-03-07',
  },
];

const INFORMATION: ServiceInfo[] = [
  {
    id: 'wohngeld',
    kind: 'information',
    leikaKey: '99107023037000',
    get name() {
      return msg('Wohngeld', { id: 'catalogue.wohngeld.name' });
    },
    get summary() {
      return msg(
        'Wohngeld ist ein Zuschuss zur Miete oder, wenn Sie im eigenen Haus oder in der eigenen Wohnung leben, zu den Wohnkosten. Es ist für Haushalte mit kleinem Einkommen, die keine Leistung bekommen, die die Wohnkosten schon zahlt.',
        { id: 'catalogue.wohngeld.summary' },
      );
    },
    legalBasis: [
      source('§§ 3, 19 WoGG (Berechtigung, Berechnung)'),
      source('§ 7 WoGG (Ausschluss bei Bürgergeld, Sozialhilfe, Asylbewerberleistungen)'),
      source('§ 12a SGB II (Vorrang vor Bürgergeld)', S13),
    ],
    get executingAuthority() {
      return msg('Wohngeldbehörde der Stadt, Gemeinde oder des Kreises', { id: 'catalogue.wohngeld.authority' });
    },
    get documents() {
      return [
        ...idAndResidence(),
        rentalContract(),
        msg('Mietbescheinigung der Vermieterin oder des Vermieters', { id: 'catalogue.wohngeld.doc.1' }),
        msg('Nachweise über die letzten Mietzahlungen', { id: 'catalogue.wohngeld.doc.2' }),
        msg('Einkommensnachweise aller Haushaltsmitglieder', { id: 'catalogue.wohngeld.doc.3' }),
        msg('bei Eigentum: Nachweise über Kredit, Zinsen und Grundsteuer', { id: 'catalogue.wohngeld.doc.4' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Stellen Sie den Antrag mit dem Vordruck der Wohngeldbehörde Ihrer Stadt oder Ihres Kreises; viele Länder bieten auch einen eigenen Online-Antrag an. Wohngeld gibt es ab dem Monat, in dem der Antrag eingeht.',
        { id: 'catalogue.wohngeld.route' },
      );
    },
    validFrom: '2025-01-01',
  },
  {
    id: 'kinderzuschlag',
    kind: 'information',
    get name() {
      return msg('Kinderzuschlag', { id: 'catalogue.kinderzuschlag.name' });
    },
    get summary() {
      return msg(
        'Der Kinderzuschlag ist bis zu 297 € im Monat pro Kind für Eltern, die genug für sich selbst verdienen, aber nicht genug für die ganze Familie. Sie bekommen ihn von der Familienkasse zusätzlich zum Kindergeld.',
        { id: 'catalogue.kinderzuschlag.summary' },
      );
    },
    legalBasis: [source('§ 6a BKGG'), source('§ 12a SGB II (Vorrang vor Bürgergeld)', S13)],
    get executingAuthority() {
      return msg('Familienkasse der Bundesagentur für Arbeit', { id: 'catalogue.kinderzuschlag.authority' });
    },
    get documents() {
      return [
        msg('Kindergeldnummer', { id: 'catalogue.kinderzuschlag.doc.1' }),
        msg('Lohnabrechnungen der letzten 6 Monate', { id: 'catalogue.kinderzuschlag.doc.2' }),
        msg('Mietvertrag oder Nachweis der Wohnkosten', { id: 'catalogue.kinderzuschlag.doc.3' }),
        msg('Nachweise über Unterhalt oder Unterhaltsvorschuss für die Kinder', { id: 'catalogue.kinderzuschlag.doc.4' }),
        msg('Wohngeldbescheid (falls vorhanden)', { id: 'catalogue.kinderzuschlag.doc.5' }),
      ];
    },
    get offlineRoute() {
      return msg(
        'Stellen Sie den Antrag bei der Familienkasse, online über die Bundesagentur für Arbeit oder mit dem Papiervordruck. Er gilt für 6 Monate; danach stellen Sie einen neuen Antrag.',
        { id: 'catalogue.kinderzuschlag.route' },
      );
    },
    validFrom: '2025-01-01',
  },
];

/** Every service the platform knows, in catalogue order: modules, OZG services, neighbouring services. */
export const SERVICE_CATALOGUE: ServiceInfo[] = [...MODULES, ...LEISTUNGEN, ...INFORMATION];

/** Research date of the catalogue, for "Stand" lines in the UI. */
export const CATALOGUE_AS_OF = RESEARCHED;
