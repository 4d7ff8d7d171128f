/**
 * The words of the benefits check's questions: German text, "Warum fragen wir das?", hints, option
 * labels and units, joined with the structure of structure.ts into the questions as shown. Order =
 * order asked. Loaded with the question pages (not with the start page).
 */
import { msg, str } from '@lit/localize';
import { formatEuro } from '../../i18n/format.ts';
import type { QuestionId } from '../answers.ts';
import { INCOME_BANDS, SAVINGS_BANDS } from '../answers.ts';
import { CHOICES } from './choices.ts';
import { QUESTION_SHAPES, type AnswerKind, type QuestionShape } from './structure.ts';

export type { AnswerKind } from './structure.ts';

export interface Option {
  value: string;
  label: string;
}

export interface NumberBounds {
  min: number;
  max: number;
  integer: boolean;
  unit: () => string;
}

export interface Question {
  id: QuestionId;
  kind: AnswerKind;
  text: () => string;
  /** "Warum fragen wir das?" */
  help: () => string;
  /** A short hint under the field. */
  hint?: () => string;
  options?: () => Option[];
  bounds?: NumberBounds;
  /** Shown only when this holds for the (reachable) answers so far; always shown without it. */
  visibleIf?: QuestionShape['visibleIf'];
  /** Typical time to answer, for the estimate shown at the start. */
  seconds: number;
}

const euro = (n: number): string => formatEuro(n);

function incomeLabel(band: string): string {
  const [from, to] = INCOME_BANDS[band as keyof typeof INCOME_BANDS];
  if (to <= 1) return msg('kein Einkommen', { id: 'benefits.band.kein' });
  if (from <= 1) return msg(str`bis ${euro(to)}`, { id: 'benefits.band.bis' });
  if (to >= 20000) return msg(str`mehr als ${euro(from)}`, { id: 'benefits.band.ueber' });
  return msg(str`${euro(from)} bis ${euro(to)}`, { id: 'benefits.band.von' });
}

function savingsLabel(band: string): string {
  const [from, to] = SAVINGS_BANDS[band as keyof typeof SAVINGS_BANDS];
  if (from === 0) return msg(str`weniger als ${euro(to)}`, { id: 'benefits.savings.unter' });
  if (to >= 10_000_000) return msg(str`mehr als ${euro(from)}`, { id: 'benefits.savings.ueber' });
  return msg(str`${euro(from)} bis ${euro(to)}`, { id: 'benefits.savings.von' });
}

const OPTION_LABELS: Record<string, () => string> = {
  deutsch: () => msg('Deutsch', { id: 'benefits.opt.deutsch' }),
  'eu-erwerbstaetig': () => msg('EU-Staatsangehörigkeit, ich arbeite in Deutschland oder bin selbstständig', { id: 'benefits.opt.euErwerbstaetig' }),
  'eu-arbeitsuchend': () => msg('EU-Staatsangehörigkeit, ich suche Arbeit oder bin erst kurz hier', { id: 'benefits.opt.euArbeitsuchend' }),
  'eu-daueraufenthalt': () => msg('EU-Staatsangehörigkeit, seit mehr als 5 Jahren in Deutschland', { id: 'benefits.opt.euDauer' }),
  anerkannt: () => msg('Anerkannt als Flüchtling, asylberechtigt oder subsidiär geschützt', { id: 'benefits.opt.anerkannt' }),
  aufenthaltstitel: () => msg('Andere Aufenthaltserlaubnis oder Niederlassungserlaubnis', { id: 'benefits.opt.titel' }),
  ukraine: () => msg('Schutz für Geflüchtete aus der Ukraine', { id: 'benefits.opt.ukraine' }),
  asylverfahren: () => msg('Im Asylverfahren (Aufenthaltsgestattung oder Ankunftsnachweis)', { id: 'benefits.opt.asylverfahren' }),
  duldung: () => msg('Duldung oder ausreisepflichtig', { id: 'benefits.opt.duldung' }),
  'vor-april-2025': () => msg('vor dem 1. April 2025', { id: 'benefits.opt.vorApril2025' }),
  'ab-april-2025': () => msg('am 1. April 2025 oder später', { id: 'benefits.opt.abApril2025' }),
  ja: () => msg('Ja', { id: 'benefits.opt.ja' }),
  'nein-kurz': () => msg('Nein, aber voraussichtlich nur bis zu 6 Monate', { id: 'benefits.opt.neinKurz' }),
  'nein-laenger': () => msg('Nein, länger als 6 Monate, aber wohl nicht auf Dauer', { id: 'benefits.opt.neinLaenger' }),
  'nein-dauerhaft': () => msg('Nein, auf Dauer', { id: 'benefits.opt.neinDauerhaft' }),
  'rente-dauerhaft': () => msg('Ja, ich bekomme eine unbefristete Erwerbsminderungsrente oder die Rentenversicherung hat es festgestellt', { id: 'benefits.opt.renteDauerhaft' }),
  'rente-befristet': () => msg('Ich bekomme eine befristete Erwerbsminderungsrente', { id: 'benefits.opt.renteBefristet' }),
  werkstatt: () => msg('Ich arbeite in einer Werkstatt für Menschen mit Behinderung', { id: 'benefits.opt.werkstatt' }),
  'nicht-festgestellt': () => msg('Nein, das hat noch niemand festgestellt', { id: 'benefits.opt.nichtFestgestellt' }),
  beschaeftigt: () => msg('Ich bin angestellt', { id: 'benefits.opt.beschaeftigt' }),
  minijob: () => msg('Ich habe einen Minijob', { id: 'benefits.opt.minijob' }),
  selbststaendig: () => msg('Ich bin selbstständig', { id: 'benefits.opt.selbststaendig' }),
  arbeitsuchend: () => msg('Ich suche Arbeit', { id: 'benefits.opt.arbeitsuchend' }),
  schule: () => msg('Ich gehe zur Schule', { id: 'benefits.opt.schule' }),
  ausbildung: () => msg('Ich mache eine Ausbildung', { id: 'benefits.opt.ausbildung' }),
  studium: () => msg('Ich studiere', { id: 'benefits.opt.studium' }),
  ruhestand: () => msg('Ich bin in Rente oder Pension', { id: 'benefits.opt.ruhestand' }),
  'elternzeit-pflege': () => msg('Ich bin in Elternzeit oder pflege Angehörige', { id: 'benefits.opt.elternzeit' }),
  sonstiges: () => msg('Etwas anderes', { id: 'benefits.opt.sonstiges' }),
  buergergeld: () => msg('Bürgergeld', { id: 'benefits.opt.buergergeld' }),
  grundsicherung: () => msg('Grundsicherung im Alter und bei Erwerbsminderung', { id: 'benefits.opt.grundsicherung' }),
  'hilfe-zum-lebensunterhalt': () => msg('Hilfe zum Lebensunterhalt (ein Teil der Sozialhilfe)', { id: 'benefits.opt.hzl' }),
  asylbewerberleistungen: () => msg('Leistungen nach dem Asylbewerberleistungsgesetz', { id: 'benefits.opt.asylblg' }),
  wohngeld: () => msg('Wohngeld', { id: 'benefits.opt.wohngeld' }),
  kinderzuschlag: () => msg('Kinderzuschlag', { id: 'benefits.opt.kiz' }),
  altersrente: () => msg('Altersrente', { id: 'benefits.opt.altersrente' }),
  erwerbsminderungsrente: () => msg('Erwerbsminderungsrente', { id: 'benefits.opt.emRente' }),
  arbeitslosengeld: () => msg('Arbeitslosengeld', { id: 'benefits.opt.alg' }),
  bafoeg: () => msg('BAföG', { id: 'benefits.opt.bafoeg' }),
  keine: () => msg('Nichts davon', { id: 'benefits.opt.keine' }),
  miete: () => msg('Zur Miete', { id: 'benefits.opt.miete' }),
  eigentum: () => msg('Im eigenen Haus oder in der eigenen Wohnung', { id: 'benefits.opt.eigentum' }),
  'bei-angehoerigen': () => msg('Bei Eltern oder anderen Angehörigen', { id: 'benefits.opt.beiAngehoerigen' }),
  einrichtung: () => msg('In einem Heim, einer Unterkunft oder Einrichtung', { id: 'benefits.opt.einrichtung' }),
  'ohne-wohnung': () => msg('Ich habe keine Wohnung', { id: 'benefits.opt.ohneWohnung' }),
  mietschulden: () => msg('Ich habe Schulden bei Miete, Nebenkosten oder Energie', { id: 'benefits.opt.mietschulden' }),
  kuendigung: () => msg('Ich habe eine Kündigung bekommen oder sie wurde angedroht', { id: 'benefits.opt.kuendigung' }),
  raeumungsklage: () => msg('Es gibt eine Räumungsklage', { id: 'benefits.opt.raeumungsklage' }),
  energiesperre: () => msg('Strom oder Gas soll gesperrt werden', { id: 'benefits.opt.energiesperre' }),
  schulden: () => msg('Schulden', { id: 'benefits.opt.schulden' }),
  sucht: () => msg('Sucht (auch als Angehörige oder Angehöriger)', { id: 'benefits.opt.sucht' }),
  wohnungsnot: () => msg('Wohnung verloren oder in Gefahr', { id: 'benefits.opt.wohnungsnot' }),
  gewalt: () => msg('Gewalt', { id: 'benefits.opt.gewalt' }),
  haftentlassung: () => msg('Entlassung aus der Haft', { id: 'benefits.opt.haft' }),
  'andere-schwierigkeiten': () => msg('Eine andere schwierige Lebenslage', { id: 'benefits.opt.andere' }),
};
const optionLabel = (value: string): string => OPTION_LABELS[value]?.() ?? value;
const keineBeratung = (): string => msg('Ich brauche keine Beratung', { id: 'benefits.opt.keineBeratung' });
const keineProbleme = (): string => msg('Nein, keine Probleme', { id: 'benefits.opt.keineProbleme' });

interface QuestionTexts {
  text: () => string;
  help: () => string;
  hint?: () => string;
  /** The label of a choice's value. */
  label?: (value: string) => string;
  /** The unit of a number. */
  unit?: () => string;
}

const TEXTS: Record<QuestionId, QuestionTexts> = {
  alter: {
    text: () => msg('Wie alt sind Sie?', { id: 'benefits.q.alter' }),
    help: () => msg('Vom Alter hängt ab, ob das Jobcenter oder das Sozialamt für Sie zuständig ist, zum Beispiel für die Grundsicherung im Alter.', { id: 'benefits.help.alter' }),
    unit: () => msg('Jahre', { id: 'benefits.unit.jahre' }),
  },
  haushalt: {
    text: () => msg('Wer lebt mit Ihnen zusammen?', { id: 'benefits.q.haushalt' }),
    help: () => msg('Bei vielen Leistungen zählt der ganze Haushalt: Partnerin oder Partner und Kinder haben eigene Beträge, ihr Einkommen wird mitgerechnet. Kinder zählen hier mit, wenn sie unter 25 Jahre alt sind.', { id: 'benefits.help.haushalt' }),
    hint: () => msg('Geben Sie für jedes Kind das Alter an und ob es zur Schule oder in die Kita geht.', { id: 'benefits.hint.haushalt' }),
  },
  aufenthalt: {
    text: () => msg('Welche Staatsangehörigkeit oder welchen Aufenthaltsstatus haben Sie?', { id: 'benefits.q.aufenthalt' }),
    help: () => msg('Für Menschen im Asylverfahren gilt ein eigenes Gesetz. Für EU-Bürgerinnen und EU-Bürger, die Arbeit suchen, gelten Ausnahmen.', { id: 'benefits.help.aufenthalt' }),
  },
  monateInDeutschland: {
    text: () => msg('Seit wie vielen Monaten leben Sie in Deutschland?', { id: 'benefits.q.monate' }),
    help: () => msg('Nach 36 Monaten gibt es in der Regel höhere Leistungen, in Höhe der Sozialhilfe.', { id: 'benefits.help.monate' }),
    unit: () => msg('Monate', { id: 'benefits.unit.monate' }),
  },
  ukraineSchutzSeit: {
    text: () => msg('Wann haben Sie Ihre Aufenthaltserlaubnis als Geflüchtete oder Geflüchteter aus der Ukraine zum ersten Mal bekommen?', { id: 'benefits.q.ukraine' }),
    help: () => msg('Für Menschen, die ihren Schutz ab April 2025 bekommen haben, soll sich die zuständige Stelle ändern.', { id: 'benefits.help.ukraine' }),
  },
  arbeitsfaehigkeit: {
    text: () => msg('Sind Sie gesundheitlich in der Lage, mindestens 3 Stunden am Tag zu arbeiten?', { id: 'benefits.q.arbeitsfaehigkeit' }),
    help: () => msg('Wer arbeiten kann, bekommt Hilfe vom Jobcenter. Wer länger nicht arbeiten kann, bekommt Hilfe vom Sozialamt. Kinderbetreuung oder Pflege zählen hier nicht.', { id: 'benefits.help.arbeitsfaehigkeit' }),
  },
  erwerbsminderung: {
    text: () => msg('Hat die Rentenversicherung festgestellt, dass Sie nicht arbeiten können?', { id: 'benefits.q.erwerbsminderung' }),
    help: () => msg('Für die Grundsicherung bei Erwerbsminderung muss die Rentenversicherung feststellen, dass Sie auf Dauer nicht arbeiten können. Eine Rente brauchen Sie dafür nicht.', { id: 'benefits.help.erwerbsminderung' }),
  },
  taetigkeit: {
    text: () => msg('Was machen Sie zurzeit hauptsächlich?', { id: 'benefits.q.taetigkeit' }),
    help: () => msg('Wer arbeitet, darf einen Teil seines Lohns behalten. Für Studierende und manche Auszubildende gelten eigene Regeln.', { id: 'benefits.help.taetigkeit' }),
  },
  einkommen: {
    text: () => msg('Wie viel Geld haben Sie im Monat, nach Steuern?', { id: 'benefits.q.einkommen' }),
    help: () => msg('Das Einkommen entscheidet, ob das Geld zum Leben reicht. Ein ungefährer Betrag genügt.', { id: 'benefits.help.einkommen' }),
    hint: () => msg('Lohn, Rente, Arbeitslosengeld, Unterhalt: alles zusammen, netto. Nicht mitzählen: Kindergeld, Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag.', { id: 'benefits.hint.einkommen' }),
    label: incomeLabel,
  },
  leistungen: {
    text: () => msg('Bekommen Sie oder Ihr Haushalt schon eine dieser Leistungen?', { id: 'benefits.q.leistungen' }),
    help: () => msg('Manche Leistungen schließen andere aus, andere öffnen den Weg zu weiteren Hilfen, zum Beispiel für Schulsachen.', { id: 'benefits.help.leistungen' }),
  },
  wohnen: {
    text: () => msg('Wie wohnen Sie?', { id: 'benefits.q.wohnen' }),
    help: () => msg('Miete und Heizung werden bei vielen Leistungen übernommen. Wohngeld gibt es nur für Mieterinnen, Mieter und Eigentümer.', { id: 'benefits.help.wohnen' }),
  },
  wohnkosten: {
    text: () => msg('Wie hoch sind Ihre Wohnkosten im Monat, mit Heizung?', { id: 'benefits.q.wohnkosten' }),
    help: () => msg('Die Wohnkosten gehören zu Ihrem Bedarf. Ohne sie können wir nicht abschätzen, ob Ihr Geld reicht.', { id: 'benefits.help.wohnkosten' }),
    hint: () => msg('Miete mit Nebenkosten und Heizung. Wenn Sie es nicht genau wissen, schätzen Sie.', { id: 'benefits.hint.wohnkosten' }),
    unit: () => msg('€ im Monat', { id: 'benefits.unit.euroMonat' }),
  },
  wohnprobleme: {
    text: () => msg('Gibt es Probleme mit Ihrer Wohnung?', { id: 'benefits.q.wohnprobleme' }),
    help: () => msg('Bei Mietschulden kann das Amt die Schulden übernehmen, damit Sie Ihre Wohnung behalten. Das gilt auch, wenn Sie sonst keine Sozialleistungen bekommen.', { id: 'benefits.help.wohnprobleme' }),
    label: (value) => (value === 'keine' ? keineProbleme() : optionLabel(value)),
  },
  vermoegen: {
    text: () => msg('Wie viel Erspartes hat Ihr Haushalt ungefähr?', { id: 'benefits.q.vermoegen' }),
    help: () => msg('Erspartes müssen Sie zum Teil zuerst verwenden. Ein Betrag ist geschützt. Nicht mitzählen: ein angemessenes Auto, die selbst bewohnte Wohnung, geförderte Altersvorsorge.', { id: 'benefits.help.vermoegen' }),
    label: savingsLabel,
  },
  beratung: {
    text: () => msg('Wobei würde Ihnen eine Beratung helfen?', { id: 'benefits.q.beratung' }),
    help: () => msg('Beratungsstellen helfen vertraulich und meist kostenlos, zum Beispiel bei Schulden, Sucht oder wenn die Wohnung in Gefahr ist.', { id: 'benefits.help.beratung' }),
    label: (value) => (value === 'keine' ? keineBeratung() : optionLabel(value)),
  },
};

function withTexts(shape: QuestionShape): Question {
  const t = TEXTS[shape.id];
  const { bounds, ...rest } = shape;
  const values = CHOICES[shape.id];
  const label = t.label ?? optionLabel;
  return {
    ...rest,
    text: t.text,
    help: t.help,
    ...(t.hint ? { hint: t.hint } : {}),
    ...(values ? { options: () => values.map((value) => ({ value, label: label(value) })) } : {}),
    ...(bounds ? { bounds: { ...bounds, unit: t.unit ?? (() => '') } } : {}),
  };
}

export const QUESTIONS: readonly Question[] = QUESTION_SHAPES.map(withTexts);

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id. */
export function questionFor(id: QuestionId): Question {
  const q = BY_ID.get(id);
  if (!q) throw new Error(`Unknown question: ${id}`);
  return q;
}
