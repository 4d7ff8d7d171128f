// Under Node the catalogue's translatable texts are the German source, so the API and the seeds serve exactly
// what they served before the texts went through msg(). Snapshot taken from the catalogue as plain data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { serviceInfo } from '../../src/catalogue/service-info.ts';

const NAMES = [
  ['leistungsfinder', 'Sozialleistungsfinder'],
  ['beratungsstellenfinder', 'Beratungsstellenfinder'],
  ['terminvereinbarung', 'Terminvereinbarung'],
  ['chat-videoberatung', 'Chat- und Videoberatung'],
  ['self-service-beratungsstellen', 'Self-Service für Beratungsstellen'],
  ['buergergeld', 'Bürgergeld (Grundsicherung für Arbeitsuchende)'],
  ['aktivierung-eingliederung', 'Aktivierung und berufliche Eingliederung'],
  ['foerderung-erwerbstaetigkeit', 'Förderung der Aufnahme einer Erwerbstätigkeit'],
  ['bildung-und-teilhabe', 'Bildung und Teilhabe'],
  ['grundsicherung-alter-erwerbsminderung', 'Grundsicherung im Alter und bei Erwerbsminderung'],
  ['hilfe-zum-lebensunterhalt', 'Hilfe zum Lebensunterhalt (Sozialhilfe)'],
  ['besondere-soziale-schwierigkeiten', 'Hilfe zur Überwindung besonderer sozialer Schwierigkeiten'],
  ['schuldnerberatung', 'Schuldnerberatung'],
  ['suchtberatung', 'Suchtberatung'],
  ['mietrueckstaende', 'Übernahme von Mietrückständen'],
  ['geringverdiener-bescheinigung', 'Bescheinigung für Geringverdiener'],
  ['asylbewerberleistungen', 'Leistungen nach dem Asylbewerberleistungsgesetz'],
  ['asylbewerberleistungen-gesundheit', 'Gesundheitsleistungen nach dem Asylbewerberleistungsgesetz'],
  ['pflegewohnung', 'Wohnen mit Pflege'],
  ['seniorenpass', 'Seniorenpass'],
  ['wohngeld', 'Wohngeld'],
  ['kinderzuschlag', 'Kinderzuschlag'],
];

// Both shared document lists (identity and residence, housing, money) in their original order.
const GERINGVERDIENER = {
  id: 'geringverdiener-bescheinigung',
  kind: 'leistung',
  name: 'Bescheinigung für Geringverdiener',
  summary:
    'Das Sozialamt oder Jobcenter bescheinigt, dass Ihr Einkommen nur knapp über dem Bedarf für Sozialhilfe oder Bürgergeld liegt. Damit können Sie zum Beispiel beim Beitragsservice die Befreiung vom Rundfunkbeitrag als Härtefall beantragen.',
  legalBasis: [{ citation: '§ 4 Abs. 6 RBStV (Härtefall)', url: 'https://openjur.de/u/635046.html', asOf: '2026-03-07' }],
  executingAuthority: 'Sozialamt; bei Bürgergeld-Nähe das Jobcenter',
  documents: [
    'Personalausweis oder Reisepass',
    'Aufenthaltstitel (wenn Sie nicht Deutsche oder Deutscher sind)',
    'Mietvertrag',
    'letzte Nebenkosten- und Heizkostenabrechnung',
    'Kontoauszüge der letzten 3 Monate',
    'Nachweise über Einkommen (z. B. Lohnabrechnungen, Rentenbescheid)',
    'Nachweise über Vermögen (z. B. Sparbuch, Versicherungen, Fahrzeugpapiere)',
  ],
  offlineRoute:
    'Fragen Sie beim Sozialamt nach einer Bedürftigkeitsbescheinigung oder nach einem Ablehnungsbescheid mit Berechnung. Beides können Sie dem Beitragsservice vorlegen.',
  validFrom: '2021-08-01',
};

const KINDERZUSCHLAG_JSON =
  '{"id":"kinderzuschlag","kind":"information","name":"Kinderzuschlag","summary":"Der Kinderzuschlag ist bis zu 297 € im Monat pro Kind für Eltern, die genug für sich selbst verdienen, aber nicht genug für die ganze Familie. Sie bekommen ihn von der Familienkasse zusätzlich zum Kindergeld.","legalBasis":[{"citation":"§ 6a BKGG","asOf":"2026-03-07"},{"citation":"§ 12a SGB II (Vorrang vor Bürgergeld)","url":"https://www.lexetius.com/SGB2/12a","asOf":"2026-03-07"}],"executingAuthority":"Familienkasse der Bundesagentur für Arbeit","documents":["Kindergeldnummer","Lohnabrechnungen der letzten 6 Monate","Mietvertrag oder Nachweis der Wohnkosten","Nachweise über Unterhalt oder Unterhaltsvorschuss für die Kinder","Wohngeldbescheid (falls vorhanden)"],"offlineRoute":"Stellen Sie den Antrag bei der Familienkasse, online über die Bundesagentur für Arbeit oder mit dem Papiervordruck. Er gilt für 6 Monate; danach stellen Sie einen neuen Antrag.","validFrom":"2025-01-01"}';

const byId = (id: string) => {
  const entry = SERVICE_CATALOGUE.find((s) => s.id === id);
  assert.ok(entry, id);
  return entry;
};
/** What the seed stores and the API returns: the entry as JSON. */
const served = (id: string): unknown => JSON.parse(JSON.stringify(byId(id)));

test('the catalogue keeps its 22 entries, in order, with their German names', () => {
  assert.deepEqual(
    SERVICE_CATALOGUE.map((s) => [s.id, s.name]),
    NAMES,
  );
  assert.equal(
    SERVICE_CATALOGUE.reduce((n, s) => n + s.documents.length, 0),
    87,
    'documents across the catalogue',
  );
});

test('serialised as the API serves it, an entry is byte for byte the German original', () => {
  assert.equal(JSON.stringify(byId('kinderzuschlag')), KINDERZUSCHLAG_JSON);
  assert.deepEqual(served('geringverdiener-bescheinigung'), GERINGVERDIENER);
});

test('texts with shared and own documents keep their German wording and order', () => {
  const buergergeld = byId('buergergeld');
  assert.deepEqual(buergergeld.documents, [
    'Personalausweis oder Reisepass',
    'Aufenthaltstitel (wenn Sie nicht Deutsche oder Deutscher sind)',
    'Meldebescheinigung',
    'Krankenkassenkarte',
    'Rentenversicherungsnummer und Steuer-Identifikationsnummer',
    'Mietvertrag',
    'letzte Nebenkosten- und Heizkostenabrechnung',
    'Kontoauszüge der letzten 3 Monate',
    'Nachweise über Einkommen (z. B. Lohnabrechnungen, Rentenbescheid)',
    'Nachweise über Vermögen (z. B. Sparbuch, Versicherungen, Fahrzeugpapiere)',
    'Geburtsurkunden und Schulbescheinigungen der Kinder',
  ]);
  assert.equal(
    buergergeld.offlineRoute,
    'Beantragen Sie Bürgergeld beim Jobcenter: persönlich, schriftlich, telefonisch oder online über jobcenter.digital. Ein formloser Antrag reicht zunächst; das Geld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen.',
  );
  assert.equal(byId('terminvereinbarung').summary, 'Sie buchen einen Termin bei einem Amt oder einer Beratungsstelle, vor Ort oder online. Sie bekommen eine Bestätigung und können den Termin auch wieder absagen.');
  assert.equal(byId('hilfe-zum-lebensunterhalt').executingAuthority, 'Sozialamt der Stadt oder des Kreises (oft auch über die Gemeinde)');
});

test('every entry survives the trip through JSON and the schema with all its texts', () => {
  for (const entry of SERVICE_CATALOGUE) {
    const stored: unknown = JSON.parse(JSON.stringify(entry));
    const parsed = serviceInfo.safeParse(stored);
    assert.ok(parsed.success, `${entry.id}: ${JSON.stringify(parsed.error?.issues)}`);
    assert.deepEqual(parsed.data, { ...entry }, entry.id);
    assert.ok(parsed.data.name && parsed.data.summary && parsed.data.executingAuthority && parsed.data.offlineRoute, entry.id);
  }
});
