/**
 * Validation of one answer as a pure function: a friendly, specific German message per field for
 * missing, impossible or absurd values and for contradictions with earlier answers.
 */
import { msg, str } from '@lit/localize';
import type { Answers, QuestionId } from '../answers.ts';
import { INCOME_BANDS } from '../answers.ts';
import { CHOICES } from './choices.ts';
import { shapeOf } from './structure.ts';
import { visibleQuestions } from './reachability.ts';
import { formatNumber } from '../../i18n/format.ts';

export interface FieldError {
  questionId: QuestionId;
  /** The part of a compound answer, e.g. "partner" or "kinder.1.alter"; absent for the whole answer. */
  field?: string;
  message: string;
}

/** More children than this in one household is taken for a typing slip. */
const MAX_CHILDREN = 15;
/** A parent is at least this much older than their child. */
const MIN_PARENT_AGE_GAP = 12;

const error = (questionId: QuestionId, message: string, field?: string): FieldError =>
  field === undefined ? { questionId, message } : { questionId, field, message };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const fmt = (n: number): string => formatNumber(n);

function validateNumber(id: QuestionId, value: unknown, answers: Answers): FieldError[] {
  const q = shapeOf(id);
  const b = q.bounds;
  if (value === undefined || value === null || value === '') return [error(id, msg('Bitte geben Sie eine Zahl ein.', { id: 'benefits.err.zahlFehlt' }))];
  if (!isNumber(value)) return [error(id, msg('Bitte geben Sie nur Ziffern ein, zum Beispiel 42.', { id: 'benefits.err.keineZahl' }))];
  if (!b) return [];
  if (id === 'alter') {
    if (value < 0) return [error(id, msg('Ein Alter kann nicht negativ sein. Bitte geben Sie Ihr Alter in Jahren an.', { id: 'benefits.err.alterNegativ' }))];
    if (!Number.isInteger(value)) return [error(id, msg('Bitte geben Sie Ihr Alter in ganzen Jahren an, zum Beispiel 42.', { id: 'benefits.err.alterGanz' }))];
    if (value > b.max) return [error(id, msg(str`Bitte prüfen Sie Ihr Alter: Mehr als ${b.max} Jahre sind nicht möglich.`, { id: 'benefits.err.alterZuHoch' }))];
    return [];
  }
  if (value < b.min) return [error(id, msg('Der Wert kann nicht negativ sein.', { id: 'benefits.err.negativ' }))];
  if (b.integer && !Number.isInteger(value)) return [error(id, msg('Bitte geben Sie eine ganze Zahl an.', { id: 'benefits.err.ganzeZahl' }))];
  if (id === 'wohnkosten') {
    if (value > b.max)
      return [error(id, msg(str`Bitte prüfen Sie den Betrag: Mehr als ${fmt(b.max)} € Wohnkosten im Monat sind sehr ungewöhnlich. Gemeint ist der Betrag für einen Monat.`, { id: 'benefits.err.wohnkostenHoch' }))];
    if (value === 0 && answers.wohnen === 'miete')
      return [error(id, msg('Bitte geben Sie Ihre Miete an. Wenn Sie keine Miete zahlen, ändern Sie bitte die Antwort auf „Wie wohnen Sie?“.', { id: 'benefits.err.mieteNull' }))];
    return [];
  }
  if (id === 'monateInDeutschland') {
    if (value > b.max) return [error(id, msg('Bitte prüfen Sie die Zahl der Monate.', { id: 'benefits.err.monateHoch' }))];
    if (isNumber(answers.alter) && value > answers.alter * 12 + 11)
      return [error(id, msg(str`Sie können nicht länger in Deutschland leben, als Sie alt sind (${answers.alter} Jahre). Bitte prüfen Sie die Monate.`, { id: 'benefits.err.monateAlter' }))];
    return [];
  }
  return value > b.max ? [error(id, msg(str`Bitte prüfen Sie die Zahl: Mehr als ${fmt(b.max)} ist nicht möglich.`, { id: 'benefits.err.zuHoch' }))] : [];
}

function validateHousehold(answers: Answers): FieldError[] {
  const h = answers.haushalt;
  const id: QuestionId = 'haushalt';
  if (!h || typeof h.partner !== 'boolean') return [error(id, msg('Bitte sagen Sie, ob Sie mit einer Partnerin oder einem Partner zusammenleben.', { id: 'benefits.err.partnerFehlt' }), 'partner')];
  if (!Array.isArray(h.kinder)) return [error(id, msg('Bitte geben Sie an, ob Kinder bei Ihnen leben.', { id: 'benefits.err.kinderFehlt' }), 'kinder')];
  if (h.kinder.length > MAX_CHILDREN) return [error(id, msg(str`Bitte prüfen Sie die Zahl der Kinder: Mehr als ${MAX_CHILDREN} sind hier nicht möglich.`, { id: 'benefits.err.zuVieleKinder' }), 'kinder')];
  const errors: FieldError[] = [];
  h.kinder.forEach((k, i) => {
    const n = i + 1;
    const field = `kinder.${i}.alter`;
    if (!isNumber(k.alter) || !Number.isInteger(k.alter) || k.alter < 0)
      errors.push(error(id, msg(str`Bitte geben Sie das Alter von Kind ${n} in ganzen Jahren an, zum Beispiel 7.`, { id: 'benefits.err.kindAlter' }), field));
    else if (k.alter > 24)
      errors.push(error(id, msg(str`Kind ${n} ist ${k.alter} Jahre alt. Hier zählen nur Kinder unter 25 Jahren; bitte lassen Sie ältere Kinder weg.`, { id: 'benefits.err.kindZuAlt' }), field));
    else if (isNumber(answers.alter) && k.alter > answers.alter - MIN_PARENT_AGE_GAP)
      errors.push(error(id, msg(str`Kind ${n} kann nicht ${k.alter} Jahre alt sein, wenn Sie ${answers.alter} Jahre alt sind. Bitte prüfen Sie beide Angaben.`, { id: 'benefits.err.kindAelterAlsMoeglich' }), field));
    if (typeof k.schuleOderKita !== 'boolean')
      errors.push(error(id, msg(str`Bitte sagen Sie, ob Kind ${n} zur Schule oder in die Kita geht.`, { id: 'benefits.err.kindSchule' }), `kinder.${i}.schuleOderKita`));
  });
  return errors;
}

function validateIncome(answers: Answers): FieldError[] {
  const e = answers.einkommen;
  const id: QuestionId = 'einkommen';
  const isBand = (v: unknown): boolean => typeof v === 'string' && v in INCOME_BANDS;
  const errors: FieldError[] = [];
  if (!e || !isBand(e.eigenes)) errors.push(error(id, msg('Bitte wählen Sie aus, wie viel Geld Sie im Monat haben.', { id: 'benefits.err.einkommenFehlt' }), 'eigenes'));
  const partner = answers.haushalt?.partner;
  if (e?.partner !== undefined && partner !== true)
    errors.push(error(id, msg('Sie haben angegeben, dass Sie ohne Partnerin oder Partner leben. Bitte lassen Sie das Einkommen der Partnerin oder des Partners leer, oder ändern Sie Ihre Angabe zum Haushalt.', { id: 'benefits.err.partnerEinkommenOhnePartner' }), 'partner'));
  else if (partner === true && !isBand(e?.partner))
    errors.push(error(id, msg('Bitte wählen Sie auch aus, wie viel Geld Ihre Partnerin oder Ihr Partner im Monat hat.', { id: 'benefits.err.partnerEinkommenFehlt' }), 'partner'));
  return errors;
}

function validateChoice(id: QuestionId, value: unknown, answers: Answers): FieldError[] {
  const q = shapeOf(id);
  const allowed = new Set(CHOICES[id] ?? []);
  if (q.kind === 'single') {
    return typeof value === 'string' && allowed.has(value) ? [] : [error(id, msg('Bitte wählen Sie eine Antwort aus.', { id: 'benefits.err.auswahlFehlt' }))];
  }
  if (!Array.isArray(value) || value.length === 0) return [error(id, msg('Bitte wählen Sie mindestens eine Antwort aus.', { id: 'benefits.err.mehrfachFehlt' }))];
  if (value.some((v: unknown) => typeof v !== 'string' || !allowed.has(v))) return [error(id, msg('Bitte wählen Sie nur Antworten aus der Liste.', { id: 'benefits.err.unbekannt' }))];
  if (value.includes('keine') && value.length > 1)
    return [error(id, msg('„Nichts davon“ passt nicht zu den anderen Antworten. Bitte wählen Sie entweder „Nichts davon“ oder die zutreffenden Antworten.', { id: 'benefits.err.keineUndAndere' }))];
  if (id === 'leistungen' && value.includes('asylbewerberleistungen') && answers.aufenthalt === 'deutsch')
    return [error(id, msg('Mit deutscher Staatsangehörigkeit bekommt man keine Asylbewerberleistungen. Bitte prüfen Sie Ihre Auswahl oder Ihre Angabe zur Staatsangehörigkeit.', { id: 'benefits.err.asylDeutsch' }))];
  return [];
}

/** Errors of one answer, seen together with the other answers (for contradictions). Empty = valid. */
export function validateAnswer(id: QuestionId, answers: Answers): FieldError[] {
  const q = shapeOf(id);
  switch (q.kind) {
    case 'number':
      return validateNumber(id, answers[id], answers);
    case 'household':
      return validateHousehold(answers);
    case 'income-band':
      return validateIncome(answers);
    default:
      return validateChoice(id, answers[id], answers);
  }
}

/** Errors of every question that currently applies. */
export function validateAll(answers: Answers): FieldError[] {
  return visibleQuestions(answers).flatMap((id) => validateAnswer(id, answers));
}
