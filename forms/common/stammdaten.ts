/**
 * Stammdaten fields every application asks in the same way (person, address, contact, bank,
 * household): one wording and one id per fact across all forms (`fim.<bereich>.<feld>`).
 * Functions, not constants, so that labels are read in the current language.
 */
import { msg } from '@lit/localize';
import type { ChoiceField, ChoiceOption, Declaration, GroupField, InputField } from '../engine/types.ts';

export const yesNo = (): ChoiceOption[] => [
  { value: 'ja', label: msg('Ja') },
  { value: 'nein', label: msg('Nein') },
];

export const yesNoField = (id: string, label: string, hint?: string): ChoiceField => ({ id, kind: 'choice', label, options: yesNo(), ...(hint ? { hint } : {}) });

export const personFields = (): (InputField | ChoiceField)[] => [
  { id: 'fim.person.familienname', kind: 'input', type: 'text', label: msg('Familienname'), autocomplete: 'family-name', maxLength: 120, example: 'Yılmaz' },
  { id: 'fim.person.vorname', kind: 'input', type: 'text', label: msg('Vorname'), autocomplete: 'given-name', maxLength: 120, example: 'Ayşe' },
  {
    id: 'fim.person.geburtsname',
    kind: 'input',
    type: 'text',
    label: msg('Geburtsname'),
    hint: msg('Nur wenn er anders ist als Ihr Familienname.'),
    required: false,
    maxLength: 120,
    example: 'Demir',
  },
  {
    id: 'fim.person.geburtsdatum',
    kind: 'input',
    type: 'date',
    label: msg('Geburtsdatum'),
    hint: msg('Zum Beispiel 17.03.1985'),
    autocomplete: 'bday',
    dateRange: 'past',
    example: '17.03.1985',
  },
  { id: 'fim.person.geburtsort', kind: 'input', type: 'text', label: msg('Geburtsort'), maxLength: 120, example: 'Dortmund' },
  {
    id: 'fim.person.geschlecht',
    kind: 'choice',
    label: msg('Geschlecht'),
    hint: msg('Wie in Ihrem Ausweis eingetragen.'),
    options: [
      { value: 'weiblich', label: msg('weiblich') },
      { value: 'maennlich', label: msg('männlich') },
      { value: 'divers', label: msg('divers') },
      { value: 'keine-angabe', label: msg('ohne Angabe') },
    ],
  },
  {
    id: 'fim.person.staatsangehoerigkeit',
    kind: 'choice',
    label: msg('Staatsangehörigkeit'),
    options: [
      { value: 'deutsch', label: msg('deutsch') },
      { value: 'eu', label: msg('aus einem anderen Land der EU, Island, Liechtenstein, Norwegen oder der Schweiz') },
      { value: 'andere', label: msg('aus einem anderen Land') },
    ],
  },
  {
    id: 'fim.person.aufenthaltstitel',
    kind: 'input',
    type: 'text',
    label: msg('Welchen Aufenthaltstitel haben Sie?'),
    hint: msg('Zum Beispiel Niederlassungserlaubnis oder Aufenthaltserlaubnis nach § 25 AufenthG. Sie finden ihn auf Ihrer Karte oder im Pass.'),
    when: { field: 'fim.person.staatsangehoerigkeit', equals: 'andere' },
    maxLength: 200,
    example: 'Niederlassungserlaubnis',
  },
  {
    id: 'fim.person.familienstand',
    kind: 'choice',
    label: msg('Familienstand'),
    options: [
      { value: 'ledig', label: msg('ledig') },
      { value: 'verheiratet', label: msg('verheiratet oder eingetragene Lebenspartnerschaft') },
      { value: 'getrennt', label: msg('getrennt lebend') },
      { value: 'geschieden', label: msg('geschieden') },
      { value: 'verwitwet', label: msg('verwitwet') },
    ],
  },
];

export const addressFields = (): InputField[] => [
  { id: 'fim.anschrift.strasse', kind: 'input', type: 'text', label: msg('Straße und Hausnummer'), autocomplete: 'street-address', maxLength: 150, example: 'Kampstraße 12' },
  { id: 'fim.anschrift.plz', kind: 'input', type: 'plz', label: msg('Postleitzahl'), autocomplete: 'postal-code', example: '44137' },
  { id: 'fim.anschrift.ort', kind: 'input', type: 'text', label: msg('Ort'), autocomplete: 'address-level2', maxLength: 100, example: 'Dortmund' },
];

export const contactFields = (): InputField[] => [
  {
    id: 'fim.kontakt.telefon',
    kind: 'input',
    type: 'phone',
    label: msg('Telefonnummer'),
    hint: msg('Damit das Amt Sie bei Rückfragen schnell erreicht.'),
    autocomplete: 'tel',
    required: false,
    example: '0231 1234567',
  },
  { id: 'fim.kontakt.email', kind: 'input', type: 'email', label: msg('E-Mail-Adresse'), autocomplete: 'email', required: false, example: 'ayse@example.org' },
];

export const bankFields = (holderHint?: string): InputField[] => [
  {
    id: 'fim.bank.kontoinhaber',
    kind: 'input',
    type: 'text',
    label: msg('Kontoinhaberin oder Kontoinhaber'),
    ...(holderHint ? { hint: holderHint } : {}),
    autocomplete: 'cc-name',
    maxLength: 120,
    example: 'Ayşe Yılmaz',
  },
  {
    id: 'fim.bank.iban',
    kind: 'input',
    type: 'iban',
    label: msg('IBAN'),
    hint: msg('22 Zeichen, beginnt mit DE. Sie steht auf Ihrer Bankkarte oder im Online-Banking.'),
    maxLength: 42,
    example: 'DE89 3704 0044 0532 0130 00',
  },
  { id: 'fim.bank.bic', kind: 'input', type: 'bic', label: msg('BIC'), hint: msg('Nur bei Konten im Ausland nötig.'), required: false, maxLength: 11, example: 'COBADEFFXXX' },
];

export const householdGroup = (id: string, when?: GroupField['when']): GroupField => ({
  id,
  kind: 'group',
  label: msg('Weitere Personen in Ihrem Haushalt'),
  hint: msg('Alle, die mit Ihnen zusammen wohnen und wirtschaften: Ehe- oder Lebenspartner, Kinder, andere Angehörige.'),
  itemLabel: msg('Person'),
  addLabel: msg('Weitere Person hinzufügen'),
  max: 12,
  ...(when ? { when } : {}),
  fields: [
    { id: 'vorname', kind: 'input', type: 'text', label: msg('Vorname'), maxLength: 120, example: 'Emre' },
    { id: 'familienname', kind: 'input', type: 'text', label: msg('Familienname'), maxLength: 120, example: 'Yılmaz' },
    { id: 'geburtsdatum', kind: 'input', type: 'date', label: msg('Geburtsdatum'), hint: msg('Zum Beispiel 02.09.2015'), dateRange: 'past', example: '02.09.2015' },
    {
      id: 'beziehung',
      kind: 'choice',
      label: msg('Diese Person ist'),
      options: [
        { value: 'partner', label: msg('Ehe- oder Lebenspartner/in') },
        { value: 'kind', label: msg('mein Kind') },
        { value: 'eltern', label: msg('Mutter oder Vater') },
        { value: 'sonstige', label: msg('andere Person') },
      ],
    },
  ],
});

/** The declarations every application ends with (§ 60 SGB I, DSGVO information). */
export const standardDeclarations = (): Declaration[] => [
  {
    id: 'erklaerung.richtigkeit',
    heading: msg('Erklärung zur Richtigkeit Ihrer Angaben', { id: 'forms.declaration.richtigkeit.heading' }),
    error: msg('Bitte bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.', { id: 'forms.declaration.richtigkeit.error' }),
    label: msg(
      'Ich versichere, dass meine Angaben richtig und vollständig sind. Mir ist bekannt, dass falsche Angaben strafbar sein können und zu Unrecht erhaltene Leistungen zurückgezahlt werden müssen.',
    ),
  },
  {
    id: 'erklaerung.mitwirkung',
    heading: msg('Erklärung zu Ihrer Mitwirkungspflicht', { id: 'forms.declaration.mitwirkung.heading' }),
    error: msg('Bitte bestätigen Sie, dass Sie dem Amt Änderungen sofort mitteilen.', { id: 'forms.declaration.mitwirkung.error' }),
    label: msg(
      'Ich teile dem Amt sofort mit, wenn sich etwas ändert – zum Beispiel Einkommen, Vermögen, Wohnung oder Haushalt (§ 60 Erstes Buch Sozialgesetzbuch).',
    ),
  },
  {
    id: 'erklaerung.datenschutz',
    heading: msg('Erklärung zum Datenschutz', { id: 'forms.declaration.datenschutz.heading' }),
    error: msg('Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.', { id: 'forms.declaration.datenschutz.error' }),
    label: msg(
      'Ich habe gelesen, dass das Amt meine Daten nur für diesen Antrag verarbeitet (Art. 6 Abs. 1 Buchst. c und e DSGVO in Verbindung mit §§ 67 bis 78 Zehntes Buch Sozialgesetzbuch).',
    ),
  },
];

/** Attachment types the offices accept. */
export const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
/** Per file; the whole application stays below the API's limit (docs/applications.md). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
