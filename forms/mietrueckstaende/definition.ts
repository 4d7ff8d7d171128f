/**
 * Antrag auf Übernahme von Mietrückständen (§ 36 SGB XII, § 22 Abs. 8 SGB II): the home at risk,
 * the arrears, the state of the Kündigung or Räumungsklage (Schonfrist, § 569 Abs. 3 Nr. 2 BGB),
 * income, what was already tried, and the landlord's account for direct payment.
 */
import { msg } from '@lit/localize';
import { addressFields, contactFields, DOCUMENT_TYPES, householdGroup, MAX_FILE_BYTES, personFields, standardDeclarations, yesNoField } from '../common/stammdaten.ts';
import type { FormDefinition } from '../engine/types.ts';

export const MIET_VERSION = '1.0';

export function definition(): FormDefinition {
  return {
    service: 'mietrueckstaende',
    formId: 'mietschulden-antrag',
    version: MIET_VERSION,
    title: msg('Antrag auf Übernahme von Mietschulden'),
    legalBasis: '§ 36 SGB XII, § 22 Abs. 8 SGB II',
    start: {
      purpose: msg('Wenn Sie Ihre Wohnung wegen Mietschulden zu verlieren drohen, kann das Amt die Schulden übernehmen – als Zuschuss oder als Darlehen. Auch Schulden bei Strom oder Heizung können übernommen werden, wenn eine Sperre droht.'),
      whoMayApply: msg(
        'Mieterinnen und Mieter, die ihre Schulden nicht selbst bezahlen können. Bekommen Sie Bürgergeld, ist das Jobcenter zuständig; sonst das Sozialamt. Wichtig: Ist Ihnen eine Räumungsklage zugestellt worden, bleiben ab dem Tag der Zustellung nur zwei Monate. Wird der ganze Rückstand in dieser Zeit bezahlt oder sagt das Amt die Zahlung zu, wird eine fristlose Kündigung wegen Mietschulden in der Regel unwirksam. Stellen Sie den Antrag so früh wie möglich.',
        { id: 'forms.miet.whoMayApply' },
      ),
      duration: msg('etwa 20 Minuten'),
      haveReady: [
        msg('Mietvertrag'),
        msg('Kündigung, Mahnung oder Räumungsklage, falls vorhanden'),
        msg('Aufstellung der Rückstände von Ihrer Vermieterin oder Ihrem Vermieter'),
        msg('Nachweise über Ihr Einkommen und Kontoauszüge der letzten drei Monate'),
        msg('die Bankverbindung Ihrer Vermieterin oder Ihres Vermieters'),
      ],
    },
    steps: [
      { id: 'person', title: msg('Angaben zu Ihrer Person'), fields: personFields() },
      { id: 'anschrift', title: msg('Die Wohnung, um die es geht'), intro: msg('Ihre Anschrift, also die Wohnung, die Sie behalten möchten.'), fields: [...addressFields(), ...contactFields()] },
      {
        id: 'haushalt',
        title: msg('Ihr Haushalt'),
        fields: [yesNoField('miet.haushalt.weitere', msg('Wohnen weitere Personen mit Ihnen in der Wohnung?')), householdGroup('miet.haushalt.personen', { field: 'miet.haushalt.weitere', equals: 'ja' })],
      },
      {
        id: 'mietverhaeltnis',
        title: msg('Ihr Mietverhältnis'),
        intro: msg('Das Amt prüft auch, ob die Miete auf Dauer angemessen ist. Nur dann kann es die Wohnung sichern.'),
        fields: [
          { id: 'miet.vermieter.name', kind: 'input', type: 'text', label: msg('Name der Vermieterin, des Vermieters oder der Wohnungsgesellschaft'), maxLength: 200, example: 'Wohnbau Nord GmbH' },
          { id: 'miet.vermieter.anschrift', kind: 'input', type: 'text', label: msg('Anschrift der Vermieterin oder des Vermieters'), maxLength: 300, example: 'Hafenstraße 3, 44145 Dortmund' },
          { id: 'miet.wohnung.kaltmiete', kind: 'input', type: 'amount', label: msg('Kaltmiete im Monat (Euro)'), min: 0, max: 10000, example: '480' },
          { id: 'miet.wohnung.nebenkosten', kind: 'input', type: 'amount', label: msg('Nebenkosten im Monat, ohne Heizung (Euro)'), min: 0, max: 5000, example: '120' },
          { id: 'miet.wohnung.heizkosten', kind: 'input', type: 'amount', label: msg('Heizkosten im Monat (Euro)'), min: 0, max: 5000, example: '90' },
          { id: 'miet.wohnung.flaeche', kind: 'input', type: 'integer', label: msg('Wohnfläche in Quadratmetern'), min: 5, max: 1000, example: '55' },
        ],
      },
      {
        id: 'rueckstand',
        title: msg('Ihre Schulden'),
        fields: [
          {
            id: 'miet.rueckstand.art',
            kind: 'choice',
            multiple: true,
            label: msg('Wofür haben Sie Schulden?'),
            options: [
              { value: 'miete', label: msg('Miete') },
              { value: 'nebenkosten', label: msg('Nebenkosten oder Heizkosten bei der Vermieterin oder dem Vermieter') },
              { value: 'energie', label: msg('Strom oder Gas beim Versorger') },
            ],
          },
          { id: 'miet.rueckstand.betrag', kind: 'input', type: 'amount', label: msg('Höhe der Schulden insgesamt (Euro)'), min: 1, max: 100000, example: '1.440' },
          { id: 'miet.rueckstand.seit', kind: 'input', type: 'date', label: msg('Seit wann bestehen die Schulden?'), hint: msg('Ungefähr reicht. Zum Beispiel 01.11.2025'), dateRange: 'past', example: '01.11.2025' },
          {
            id: 'miet.rueckstand.sperre',
            kind: 'choice',
            label: msg('Hat der Versorger eine Sperre angekündigt?'),
            options: [
              { value: 'ja', label: msg('Ja') },
              { value: 'nein', label: msg('Nein') },
            ],
            when: { field: 'miet.rueckstand.art', equals: 'energie' },
          },
          {
            id: 'miet.rueckstand.ursache',
            kind: 'input',
            type: 'longtext',
            label: msg('Wie kam es zu den Schulden?'),
            hint: msg('Zum Beispiel Jobverlust, Krankheit, Trennung. Ein paar Sätze genügen.'),
            maxLength: 2000,
            example: 'Ich war drei Monate krank und mein Krankengeld kam verspätet.',
          },
        ],
      },
      {
        id: 'kuendigung',
        title: msg('Kündigung und Räumungsklage'),
        intro: msg('Diese Angaben entscheiden, wie eilig Ihr Antrag ist.'),
        fields: [
          {
            id: 'miet.kuendigung.stand',
            kind: 'choice',
            label: msg('Wurde Ihnen die Wohnung gekündigt?'),
            options: [
              { value: 'nein', label: msg('Nein, bisher nur gemahnt') },
              { value: 'angedroht', label: msg('Nein, aber die Kündigung wurde angedroht', { id: 'forms.miet.kuendigung.angedroht' }) },
              { value: 'fristlos', label: msg('Ja, fristlos') },
              { value: 'ordentlich', label: msg('Ja, mit Frist') },
            ],
          },
          {
            id: 'miet.kuendigung.datum',
            kind: 'input',
            type: 'date',
            label: msg('Datum der Kündigung'),
            hint: msg('Zum Beispiel 15.02.2026'),
            dateRange: 'past',
            when: { field: 'miet.kuendigung.stand', oneOf: ['fristlos', 'ordentlich'] },
            example: '15.02.2026',
          },
          yesNoField('miet.raeumungsklage', msg('Gibt es eine Räumungsklage gegen Sie beim Gericht?')),
          {
            id: 'miet.raeumungsklage.zugestellt',
            kind: 'input',
            type: 'date',
            label: msg('Wann wurde Ihnen die Räumungsklage zugestellt?'),
            hint: msg('Das Datum steht auf dem gelben Umschlag des Gerichts. Ab diesem Tag bleiben zwei Monate.'),
            dateRange: 'past',
            when: { field: 'miet.raeumungsklage', equals: 'ja' },
            example: '02.03.2026',
          },
          {
            id: 'miet.raeumungstermin',
            kind: 'input',
            type: 'date',
            label: msg('Gibt es schon einen Räumungstermin?'),
            hint: msg('Nur wenn das Gericht einen Termin genannt hat. Zum Beispiel 30.06.2026'),
            required: false,
            when: { field: 'miet.raeumungsklage', equals: 'ja' },
            example: '30.06.2026',
          },
          yesNoField('miet.schonfrist-genutzt', msg('Hat in den letzten zwei Jahren schon einmal ein Amt Ihre Mietschulden nach einer Kündigung bezahlt?')),
        ],
      },
      {
        id: 'einkommen',
        title: msg('Einkommen und Vermögen'),
        fields: [
          {
            id: 'miet.leistung',
            kind: 'choice',
            label: msg('Bekommen Sie eine dieser Leistungen?'),
            options: [
              { value: 'buergergeld', label: msg('Bürgergeld (Jobcenter)') },
              { value: 'sozialhilfe', label: msg('Sozialhilfe oder Grundsicherung') },
              { value: 'wohngeld', label: msg('Wohngeld') },
              { value: 'keine', label: msg('keine dieser Leistungen') },
            ],
          },
          { id: 'miet.einkommen.netto', kind: 'input', type: 'amount', label: msg('Einkommen des ganzen Haushalts im Monat, netto (Euro)'), hint: msg('Lohn, Rente, Kindergeld, Unterhalt und andere Leistungen zusammen.'), min: 0, max: 100000, example: '1.650' },
          { id: 'miet.vermoegen', kind: 'input', type: 'amount', label: msg('Guthaben und Ersparnisse zusammen (Euro)'), hint: msg('Schreiben Sie 0, wenn Sie nichts haben.'), min: 0, max: 10000000, example: '120' },
        ],
      },
      {
        id: 'selbsthilfe',
        title: msg('Was Sie schon unternommen haben'),
        fields: [
          yesNoField('miet.selbsthilfe.raten', msg('Haben Sie mit Ihrer Vermieterin oder Ihrem Vermieter über eine Ratenzahlung gesprochen?')),
          yesNoField('miet.selbsthilfe.beratung', msg('Sind Sie bei einer Schuldner- oder Mieterberatung?'), msg('Eine Beratung ist kostenlos und hilft auch beim Gespräch über die Mietschulden.')),
          yesNoField('miet.zukunft.bezahlbar', msg('Können Sie die Miete in Zukunft wieder selbst bezahlen?')),
          {
            id: 'miet.zukunft.erklaerung',
            kind: 'input',
            type: 'longtext',
            label: msg('Was hat sich geändert, oder was fehlt noch?'),
            maxLength: 2000,
            when: { field: 'miet.zukunft.bezahlbar', oneOf: ['ja', 'nein'] },
            example: 'Ich arbeite seit März wieder in Vollzeit.',
          },
        ],
      },
      {
        id: 'zahlung',
        title: msg('Bankverbindung für die Zahlung'),
        intro: msg('Das Amt zahlt die Schulden direkt an Ihre Vermieterin, Ihren Vermieter oder den Versorger, damit die Wohnung sicher ist.'),
        fields: [
          { id: 'miet.zahlung.empfaenger', kind: 'input', type: 'text', label: msg('Name auf dem Konto (Vermieterin, Vermieter oder Versorger)'), maxLength: 200, example: 'Wohnbau Nord GmbH' },
          { id: 'miet.zahlung.iban', kind: 'input', type: 'iban', label: msg('IBAN für die Zahlung'), hint: msg('Sie steht im Mietvertrag oder auf der Mahnung.'), maxLength: 42, example: 'DE02 1203 0000 0000 2020 51' },
          { id: 'miet.zahlung.verwendungszweck', kind: 'input', type: 'text', label: msg('Verwendungszweck, zum Beispiel Ihre Mieternummer'), required: false, maxLength: 140, example: 'Mieternr. 4711' },
        ],
      },
      {
        id: 'unterlagen',
        title: msg('Nachweise hochladen'),
        intro: msg('PDF, JPEG oder PNG bis 4 MB je Datei. Wenn es eilt: Senden Sie den Antrag ab und reichen Sie fehlende Unterlagen nach.'),
        fields: [
          { id: 'miet.nachweise.mietvertrag', kind: 'document', label: msg('Mietvertrag'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 3, required: false },
          { id: 'miet.nachweise.aufstellung', kind: 'document', label: msg('Aufstellung der Schulden von Vermieterin, Vermieter oder Versorger'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 3, required: false },
          {
            id: 'miet.nachweise.kuendigung',
            kind: 'document',
            label: msg('Kündigung'),
            accept: DOCUMENT_TYPES,
            maxBytes: MAX_FILE_BYTES,
            maxFiles: 2,
            required: false,
            when: { field: 'miet.kuendigung.stand', oneOf: ['fristlos', 'ordentlich'] },
          },
          { id: 'miet.nachweise.klage', kind: 'document', label: msg('Räumungsklage'), accept: DOCUMENT_TYPES, maxBytes: MAX_FILE_BYTES, maxFiles: 3, required: false, when: { field: 'miet.raeumungsklage', equals: 'ja' } },
        ],
      },
    ],
    declarations: standardDeclarations(),
    migrations: [],
  };
}
