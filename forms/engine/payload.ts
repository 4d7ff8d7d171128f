/**
 * The application data ("Fachdaten") as JSON keyed by the field ids, typed: amounts as numbers
 * (euro, two decimals), dates as ISO dates, choices as their values, groups as arrays of objects
 * (keys relative to the group), documents as metadata. Only reachable answers go in.
 */
import { ibanChecksumValid, normalizeIban, parseAmount, parseDate, parseInteger } from './parse.ts';
import { dropUnreachable, visibleFields, visibleItemFields, visibleSteps } from './reachability.ts';
import type { Answer, Answers, ChoiceField, DocumentRef, FormDefinition, GroupItem, InputField } from './types.ts';

export type FachValue = string | number | boolean | string[] | Array<Record<string, string | number | string[]>> | Array<{ name: string; type: string; size: number }>;

export interface Attachment {
  field: string;
  name: string;
  type: DocumentRef['type'];
  /** Base64 of the file's bytes. */
  content: string;
}

export interface ApplicationPayload {
  form: { id: string; version: string; service: string };
  tenant: string;
  createdAt: string;
  fachdaten: Record<string, FachValue>;
  erklaerungen: Record<string, true>;
  anlagen: Attachment[];
}

function typedInput(field: InputField, raw: string): string | number {
  switch (field.type) {
    case 'amount':
      return parseAmount(raw) ?? 0;
    case 'integer':
      return parseInteger(raw) ?? 0;
    case 'date':
      return parseDate(raw) ?? raw;
    case 'iban':
      return ibanChecksumValid(raw) ? normalizeIban(raw) : raw;
    case 'bic':
      return raw.replace(/\s+/g, '').toUpperCase();
    case 'taxid':
      return raw.replace(/\s+/g, '');
    default:
      return raw.trim();
  }
}

function typedSimple(field: InputField | ChoiceField, value: Answer): string | number | string[] | undefined {
  if (field.kind === 'choice') {
    const values = typeof value === 'string' ? [value] : (value as string[]);
    if (!values.length) return undefined;
    return field.multiple ? values : values[0];
  }
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return typedInput(field, value);
}

export function fachdaten(def: FormDefinition, rawAnswers: Answers): Record<string, FachValue> {
  const answers = dropUnreachable(def, rawAnswers);
  const out: Record<string, FachValue> = {};
  for (const step of visibleSteps(def, answers)) {
    for (const field of visibleFields(step, answers)) {
      const value = answers[field.id];
      if (value === undefined) continue;
      if (field.kind === 'group') {
        out[field.id] = (value as GroupItem[]).map((item) => {
          const row: Record<string, string | number | string[]> = {};
          for (const sub of visibleItemFields(field, item)) {
            const typed = item[sub.id] === undefined ? undefined : typedSimple(sub, item[sub.id]!);
            if (typed !== undefined) row[sub.id] = typed;
          }
          return row;
        });
      } else if (field.kind === 'document') {
        const docs = value as DocumentRef[];
        if (docs.length) out[field.id] = docs.map((d) => ({ name: d.name, type: d.type, size: d.size }));
      } else {
        const typed = typedSimple(field, value);
        if (typed !== undefined) out[field.id] = typed;
      }
    }
  }
  return out;
}

export interface PayloadInput {
  tenant: string;
  now: Date;
  /** Reads the bytes of an uploaded document (kept encrypted in IndexedDB in the browser). */
  readDocument: (id: string) => Promise<Uint8Array>;
}

export const base64 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

export async function buildPayload(def: FormDefinition, rawAnswers: Answers, input: PayloadInput): Promise<ApplicationPayload> {
  const answers = dropUnreachable(def, rawAnswers);
  const anlagen: Attachment[] = [];
  for (const step of visibleSteps(def, answers)) {
    for (const field of visibleFields(step, answers)) {
      if (field.kind !== 'document') continue;
      for (const doc of (answers[field.id] ?? []) as DocumentRef[]) {
        anlagen.push({ field: field.id, name: doc.name, type: doc.type, content: base64(await input.readDocument(doc.id)) });
      }
    }
  }
  const erklaerungen: Record<string, true> = {};
  for (const d of def.declarations) if ((answers[d.id] as string[] | undefined)?.includes('ja')) erklaerungen[d.id] = true;
  return {
    form: { id: def.formId, version: def.version, service: def.service },
    tenant: input.tenant,
    createdAt: input.now.toISOString(),
    fachdaten: fachdaten(def, answers),
    erklaerungen,
    anlagen,
  };
}
