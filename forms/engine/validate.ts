/**
 * Validation of answers against a definition (pure). Messages say what is wrong and how to fix it,
 * in plain German, and name the field so they make sense in the error summary.
 */
import { msg, str } from '@lit/localize';
import { ibanChecksumValid, normalizeIban, parseAmount, parseDate, parseInteger, taxIdValid } from './parse.ts';
import { visibleFields, visibleItemFields, visibleSteps } from './reachability.ts';
import type { Answer, Answers, ChoiceField, DocumentRef, Field, FormDefinition, GroupItem, InputField, Step } from './types.ts';

export interface FieldError {
  /** Id of the control (or fieldset) in the DOM: field id, or `<group>.<index>.<field>` in groups. */
  fieldId: string;
  message: string;
}

const isEmpty = (value: Answer | undefined): boolean =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);

const formatEuro = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 2 }) + ' €';

/** Today as yyyy-mm-dd in the citizen's time zone. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function validateInput(field: InputField, raw: string, now = new Date()): string | undefined {
  const label = field.label;
  if (field.maxLength !== undefined && raw.length > field.maxLength) return msg(str`${label}: höchstens ${field.maxLength} Zeichen.`);
  switch (field.type) {
    case 'date': {
      const iso = parseDate(raw);
      if (!iso) return msg(str`${label}: Bitte als Datum angeben, zum Beispiel 17.03.1985.`);
      if (iso < '1900-01-01') return msg(str`${label}: Das Datum liegt zu weit zurück.`);
      if (field.dateRange === 'past' && iso > today(now)) return msg(str`${label}: Das Datum darf nicht in der Zukunft liegen.`);
      if (field.dateRange === 'future' && iso < today(now)) return msg(str`${label}: Das Datum darf nicht in der Vergangenheit liegen.`);
      return undefined;
    }
    case 'amount': {
      const value = parseAmount(raw);
      if (value === undefined || Number.isNaN(value)) return msg(str`${label}: Bitte einen Betrag in Euro angeben, zum Beispiel 450 oder 450,50.`);
      if (field.min !== undefined && value < field.min) return msg(str`${label}: mindestens ${formatEuro(field.min)}.`);
      if (field.max !== undefined && value > field.max) return msg(str`${label}: höchstens ${formatEuro(field.max)}.`);
      return undefined;
    }
    case 'integer': {
      const value = parseInteger(raw);
      if (value === undefined || Number.isNaN(value)) return msg(str`${label}: Bitte eine ganze Zahl angeben.`);
      if (field.min !== undefined && value < field.min) return msg(str`${label}: mindestens ${field.min}.`);
      if (field.max !== undefined && value > field.max) return msg(str`${label}: höchstens ${field.max}.`);
      return undefined;
    }
    case 'iban': {
      const iban = normalizeIban(raw);
      if (!/^[A-Z]{2}/.test(iban)) return msg(str`${label}: Eine IBAN beginnt mit dem Ländercode, zum Beispiel DE.`);
      if (iban.startsWith('DE') && iban.length !== 22) return msg(str`${label}: Eine deutsche IBAN hat 22 Zeichen, Sie haben ${iban.length} eingegeben.`);
      if (!ibanChecksumValid(iban)) return msg(str`${label}: Die IBAN ist nicht gültig. Bitte prüfen Sie jede Ziffer, zum Beispiel auf Ihrer Bankkarte.`);
      return undefined;
    }
    case 'bic':
      return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(raw.replace(/\s+/g, '').toUpperCase())
        ? undefined
        : msg(str`${label}: Eine BIC hat 8 oder 11 Zeichen, zum Beispiel DORTDE33XXX.`);
    case 'plz':
      return /^\d{5}$/.test(raw.trim()) ? undefined : msg(str`${label}: Bitte die fünfstellige Postleitzahl angeben.`);
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(raw.trim()) ? undefined : msg(str`${label}: Bitte eine E-Mail-Adresse wie name@beispiel.de angeben.`);
    case 'phone':
      return /^\+?[\d\s/()-]{5,25}$/.test(raw.trim()) ? undefined : msg(str`${label}: Bitte nur Ziffern, Leerzeichen und + / - ( ) verwenden.`);
    case 'taxid':
      return taxIdValid(raw) ? undefined : msg(str`${label}: Die Steuer-ID hat 11 Ziffern. Sie steht zum Beispiel auf Ihrem Steuerbescheid.`);
    default:
      return raw.trim().length ? undefined : msg(str`${label}: Bitte ausfüllen.`);
  }
}

function validateChoice(field: ChoiceField, value: string | string[]): string | undefined {
  const given = typeof value === 'string' ? [value] : value;
  const allowed = new Set(field.options.map((o) => o.value));
  if (given.some((v) => !allowed.has(v))) return msg(str`${field.label}: Bitte eine der angebotenen Möglichkeiten wählen.`);
  if (!field.multiple && given.length > 1) return msg(str`${field.label}: Bitte nur eine Möglichkeit wählen.`);
  return undefined;
}

function missing(field: Field): string {
  if (field.kind === 'choice') return msg(str`${field.label}: Bitte wählen Sie aus.`);
  if (field.kind === 'document') return msg(str`${field.label}: Bitte laden Sie ein Dokument hoch.`);
  return msg(str`${field.label}: Bitte ausfüllen.`);
}

function validateSimple(field: InputField | ChoiceField, value: Answer | undefined, id: string, now: Date): FieldError[] {
  if (isEmpty(value)) return field.required === false ? [] : [{ fieldId: id, message: missing(field) }];
  const message =
    field.kind === 'input'
      ? typeof value === 'string'
        ? validateInput(field, value, now)
        : msg(str`${field.label}: Bitte ausfüllen.`)
      : validateChoice(field, value as string | string[]);
  return message ? [{ fieldId: id, message }] : [];
}

export function validateField(field: Field, answers: Answers, now = new Date()): FieldError[] {
  const value = answers[field.id];
  if (field.kind === 'input' || field.kind === 'choice') return validateSimple(field, value, field.id, now);
  if (field.kind === 'document') {
    const docs = (Array.isArray(value) ? value : []) as DocumentRef[];
    if (!docs.length) return field.required === false ? [] : [{ fieldId: field.id, message: missing(field) }];
    if (docs.length > field.maxFiles) return [{ fieldId: field.id, message: msg(str`${field.label}: höchstens ${field.maxFiles} Dateien.`) }];
    return [];
  }
  const items = (Array.isArray(value) ? value : []) as GroupItem[];
  const min = field.min ?? (field.required === false ? 0 : 1);
  if (items.length < min) {
    return [{ fieldId: `${field.id}-add`, message: msg(str`${field.label}: Bitte geben Sie mindestens ${min} × „${field.itemLabel}“ an.`) }];
  }
  if (items.length > field.max) return [{ fieldId: field.id, message: msg(str`${field.label}: höchstens ${field.max} Einträge.`) }];
  return items.flatMap((item, index) =>
    visibleItemFields(field, item).flatMap((sub) =>
      validateSimple(sub, item[sub.id], itemFieldId(field.id, index, sub.id), now).map((e) => ({
        ...e,
        message: `${field.itemLabel} ${index + 1} – ${e.message}`,
      })),
    ),
  );
}

/** DOM id of a field inside a group item. */
export const itemFieldId = (groupId: string, index: number, fieldId: string) => `${groupId}.${index}.${fieldId}`;

export function validateStep(step: Step, answers: Answers, now = new Date()): FieldError[] {
  return visibleFields(step, answers).flatMap((f) => validateField(f, answers, now));
}

/** The first visible step with an error, or undefined when every visible step is complete. */
export function firstIncompleteStep(def: FormDefinition, answers: Answers, now = new Date()): Step | undefined {
  return visibleSteps(def, answers).find((s) => validateStep(s, answers, now).length > 0);
}

export function validateDeclarations(def: FormDefinition, answers: Answers): FieldError[] {
  return def.declarations
    .filter((d) => !(Array.isArray(answers[d.id]) && (answers[d.id] as string[]).includes('ja')))
    .map((d) => ({ fieldId: d.id, message: d.error }));
}
