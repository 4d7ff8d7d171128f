/**
 * Antrag auf Leistungen für Bildung und Teilhabe (§ 28 SGB II, §§ 34, 34a SGB XII, § 6b BKGG):
 * the household's benefit, the children, the requested items, and per item what the office
 * needs (costs, provider, the school's confirmation). Loaded on demand (its own chunk).
 */
import { msg } from '@lit/localize';
import { addressFields, bankFields, contactFields, DOCUMENT_TYPES, MAX_FILE_BYTES, personFields, standardDeclarations, yesNoField } from '../common/stammdaten.ts';
import type { Condition, FormDefinition } from '../engine/types.ts';

export const BUT_VERSION = '1.0';

const needs = (item: string): Condition => ({ field: 'but.bedarfe', equals: item });

export function definition(): FormDefinition {
  const person = personFields().filter((f) => ['fim.person.familienname', 'fim.person.vorname', 'fim.person.geburtsdatum'].includes(f.id));
  return {
    service: 'bildung-und-teilhabe',
    formId: 'but-antrag',
    version: BUT_VERSION,
    title: msg('Antrag auf Leistungen für Bildung und Teilhabe'),
    legalBasis: '§ 28 SGB II, §§ 34, 34a SGB XII, § 6b BKGG',
    start: {
      purpose: msg('Mit diesem Antrag bekommen Kinder und Jugendliche Geld für Ausflüge, Klassenfahrten, Schulsachen, den Schulweg, Nachhilfe, das Mittagessen und für Sportverein, Musikschule oder Freizeiten.'),
      whoMayApply: msg('Eltern (oder junge Erwachsene unter 25 Jahren selbst), wenn die Familie Bürgergeld, Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld bekommt. Auch ohne diese Leistungen kann sich ein Anspruch ergeben, wenn das Geld für diese Bedarfe nicht reicht.'),
      duration: msg('etwa 15 Minuten'),
      haveReady: [
        msg('den aktuellen Bescheid über Bürgergeld, Sozialhilfe, Kinderzuschlag oder Wohngeld'),
        msg('Name der Schule oder Kita und die Klasse'),
        msg('Rechnungen oder Bestätigungen über die Kosten (Ausflug, Mittagessen, Verein)'),
        msg('Ihre IBAN'),
      ],
    },
    steps: [
      {
        id: 'antragsteller',
        title: msg('Angaben zu Ihnen'),
        intro: msg('Wer stellt den Antrag? In der Regel ein Elternteil.'),
        fields: [...person, ...addressFields(), ...contactFields()],
      },
      {
        id: 'leistung',
        title: msg('Welche Leistung bekommt Ihre Familie?'),
        intro: msg('Bildung und Teilhabe hängt an einer dieser Leistungen. Deshalb fragen wir danach.'),
        fields: [
          {
            id: 'but.leistung.art',
            kind: 'choice',
            label: msg('Ihre Familie bekommt'),
            options: [
              { value: 'buergergeld', label: msg('Bürgergeld (Jobcenter)') },
              { value: 'sozialhilfe', label: msg('Sozialhilfe oder Grundsicherung (Sozialamt)') },
              { value: 'asylblg', label: msg('Leistungen nach dem Asylbewerberleistungsgesetz') },
              { value: 'kinderzuschlag', label: msg('Kinderzuschlag (Familienkasse)') },
              { value: 'wohngeld', label: msg('Wohngeld') },
              { value: 'keine', label: msg('keine dieser Leistungen') },
            ],
          },
          {
            id: 'but.leistung.bescheid-datum',
            kind: 'input',
            type: 'date',
            label: msg('Datum des aktuellen Bescheids'),
            hint: msg('Es steht oben auf dem Bescheid. Zum Beispiel 15.01.2026'),
            dateRange: 'past',
            when: { not: { field: 'but.leistung.art', equals: 'keine' } },
            example: '15.01.2026',
          },
          {
            id: 'but.leistung.aktenzeichen',
            kind: 'input',
            type: 'text',
            label: msg('Aktenzeichen oder Nummer der Bedarfsgemeinschaft'),
            required: false,
            maxLength: 60,
            when: { not: { field: 'but.leistung.art', equals: 'keine' } },
            example: '36201BG0012345',
          },
        ],
      },
      {
        id: 'kinder',
        title: msg('Für welche Kinder beantragen Sie?'),
        intro: msg('Schulkinder und junge Menschen unter 25 Jahren ohne Ausbildungsvergütung; Kita-Kinder für Ausflüge und Mittagessen.'),
        fields: [
          {
            id: 'but.kinder',
            kind: 'group',
            label: msg('Kinder'),
            itemLabel: msg('Kind'),
            addLabel: msg('Weiteres Kind hinzufügen'),
            max: 10,
            fields: [
              { id: 'vorname', kind: 'input', type: 'text', label: msg('Vorname'), maxLength: 120, example: 'Emre' },
              { id: 'familienname', kind: 'input', type: 'text', label: msg('Familienname'), maxLength: 120, example: 'Yılmaz' },
              { id: 'geburtsdatum', kind: 'input', type: 'date', label: msg('Geburtsdatum'), hint: msg('Zum Beispiel 02.09.2015'), dateRange: 'past', example: '02.09.2015' },
              {
                id: 'einrichtung',
                kind: 'choice',
                label: msg('Das Kind besucht'),
                options: [
                  { value: 'schule', label: msg('eine allgemeinbildende Schule') },
                  { value: 'berufsschule', label: msg('eine berufsbildende Schule') },
                  { value: 'kita', label: msg('eine Kita oder Kindertagespflege') },
                ],
              },
              { id: 'einrichtung-name', kind: 'input', type: 'text', label: msg('Name der Schule oder Kita'), maxLength: 200, example: 'Grundschule Kley' },
              { id: 'klasse', kind: 'input', type: 'text', label: msg('Klasse'), required: false, maxLength: 10, when: { field: 'einrichtung', oneOf: ['schule', 'berufsschule'] }, example: '4b' },
              {
                id: 'verguetung',
                kind: 'choice',
                label: msg('Bekommt das Kind eine Ausbildungsvergütung?'),
                options: [
                  { value: 'nein', label: msg('Nein') },
                  { value: 'ja', label: msg('Ja') },
                ],
                when: { field: 'einrichtung', equals: 'berufsschule' },
              },
            ],
          },
        ],
      },
      {
        id: 'bedarfe',
        title: msg('Was beantragen Sie?'),
        fields: [
          {
            id: 'but.bedarfe',
            kind: 'choice',
            multiple: true,
            label: msg('Kreuzen Sie alles an, was Sie beantragen.'),
            options: [
              { value: 'ausflug', label: msg('Ausflüge und Klassenfahrten'), hint: msg('Die tatsächlichen Kosten.') },
              { value: 'schulbedarf', label: msg('Schulbedarf'), hint: msg('130 Euro zum Schuljahresbeginn und 65 Euro im Februar (2026).') },
              { value: 'befoerderung', label: msg('Fahrtkosten zur Schule') },
              { value: 'lernfoerderung', label: msg('Lernförderung (Nachhilfe)') },
              { value: 'mittagessen', label: msg('Gemeinsames Mittagessen in Schule oder Kita') },
              { value: 'teilhabe', label: msg('Sportverein, Musikschule, Freizeiten'), hint: msg('Bis 15 Euro im Monat, für Kinder unter 18 Jahren.') },
            ],
          },
        ],
      },
      {
        id: 'ausflug',
        title: msg('Ausflüge und Klassenfahrten'),
        when: needs('ausflug'),
        fields: [
          { id: 'but.ausflug.ziel', kind: 'input', type: 'text', label: msg('Wohin geht es, und wann?'), maxLength: 300, example: 'Klassenfahrt nach Xanten, 04.05. bis 08.05.2026' },
          { id: 'but.ausflug.kosten', kind: 'input', type: 'amount', label: msg('Kosten (Euro)'), min: 0, max: 5000, example: '289' },
        ],
      },
      {
        id: 'befoerderung',
        title: msg('Fahrtkosten zur Schule'),
        when: needs('befoerderung'),
        intro: msg('Übernommen werden die Kosten zur nächstgelegenen Schule des gewählten Bildungsgangs, soweit niemand anderes sie trägt.'),
        fields: [
          { id: 'but.befoerderung.entfernung', kind: 'input', type: 'integer', label: msg('Länge des Schulwegs in Kilometern (ein Weg)'), min: 0, max: 200, example: '4' },
          { id: 'but.befoerderung.kosten', kind: 'input', type: 'amount', label: msg('Kosten der Fahrkarte im Monat (Euro)'), min: 0, max: 1000, example: '39' },
          yesNoField('but.befoerderung.dritte', msg('Übernimmt schon jemand anderes die Kosten, zum Beispiel die Schule oder die Stadt?')),
        ],
      },
      {
        id: 'lernfoerderung',
        title: msg('Lernförderung'),
        when: needs('lernfoerderung'),
        intro: msg('Die Schule muss bestätigen, dass die Nachhilfe nötig ist, damit Ihr Kind die wesentlichen Lernziele erreicht.'),
        fields: [
          { id: 'but.lernfoerderung.fach', kind: 'input', type: 'text', label: msg('In welchem Fach?'), maxLength: 100, example: 'Mathematik' },
          { id: 'but.lernfoerderung.anbieter', kind: 'input', type: 'text', label: msg('Wer gibt die Nachhilfe?'), maxLength: 200, example: 'Lernstudio Nord' },
          { id: 'but.lernfoerderung.stunden', kind: 'input', type: 'integer', label: msg('Stunden pro Woche'), min: 1, max: 20, example: '2' },
          { id: 'but.lernfoerderung.kosten', kind: 'input', type: 'amount', label: msg('Kosten pro Stunde (Euro)'), min: 0, max: 200, example: '18' },
          yesNoField('but.lernfoerderung.bestaetigt', msg('Hat die Schule den Bedarf schon bestätigt?')),
        ],
      },
      {
        id: 'mittagessen',
        title: msg('Gemeinsames Mittagessen'),
        when: needs('mittagessen'),
        fields: [
          { id: 'but.mittagessen.anbieter', kind: 'input', type: 'text', label: msg('Anbieter (Schule, Kita oder Caterer)'), maxLength: 200, example: 'Mensa der Grundschule Kley' },
          { id: 'but.mittagessen.kosten', kind: 'input', type: 'amount', label: msg('Kosten im Monat (Euro)'), min: 0, max: 500, example: '62' },
        ],
      },
      {
        id: 'teilhabe',
        title: msg('Sportverein, Musikschule, Freizeiten'),
        when: needs('teilhabe'),
        fields: [
          { id: 'but.teilhabe.anbieter', kind: 'input', type: 'text', label: msg('Verein oder Anbieter'), maxLength: 200, example: 'TuS Eving-Lindenhorst' },
          { id: 'but.teilhabe.angebot', kind: 'input', type: 'text', label: msg('Was macht Ihr Kind dort?'), maxLength: 200, example: 'Fußball' },
          { id: 'but.teilhabe.beitrag', kind: 'input', type: 'amount', label: msg('Beitrag im Monat (Euro)'), min: 0, max: 500, example: '12' },
        ],
      },
      {
        id: 'bank',
        title: msg('Auszahlung'),
        intro: msg('Ausflüge, Mittagessen, Nachhilfe und Vereinsbeiträge zahlt das Amt meist direkt an den Anbieter. Schulbedarf und Fahrtkosten gehen auf Ihr Konto.'),
        fields: bankFields(),
      },
      {
        id: 'unterlagen',
        title: msg('Nachweise hochladen'),
        intro: msg('PDF, JPEG oder PNG bis 4 MB je Datei. Fehlt etwas, können Sie es später nachreichen.'),
        fields: [
          { id: 'but.nachweise.bescheid', kind: 'document', label: msg('Aktueller Bescheid über die Leistung Ihrer Familie'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 3, required: false },
          { id: 'but.nachweise.schule', kind: 'document', label: msg('Schulbescheinigung (zum Schulbeginn und ab 15 Jahren nötig)'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 3, required: false },
          { id: 'but.nachweise.kosten', kind: 'document', label: msg('Nachweise der Kosten, zum Beispiel Rechnung oder Anmeldung'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 5, required: false },
          { id: 'but.nachweise.lernfoerderung', kind: 'document', label: msg('Bestätigung der Schule über die Lernförderung'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 2, required: false, when: needs('lernfoerderung') },
        ],
      },
    ],
    declarations: standardDeclarations(),
    migrations: [],
  };
}
