/**
 * The answers as a citizen reads them (labels, chosen options, rows of groups): for the review
 * page, the readable copy kept in each draft, and the PDF copy.
 */
import { msg } from '@lit/localize';
import { dropUnreachable, visibleFields, visibleItemFields, visibleSteps } from './reachability.ts';
import type { SummaryLine } from './restore.ts';
import type { Answer, Answers, DocumentRef, Field, FormDefinition, GroupItem, SimpleField } from './types.ts';

function simpleValue(field: SimpleField, value: Answer | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return msg('keine Angabe');
  if (field.kind === 'choice') {
    const values = typeof value === 'string' ? [value] : (value as string[]);
    return values.map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(', ');
  }
  return String(value);
}

export function displayValue(field: Field, value: Answer | undefined): string {
  if (field.kind === 'document') {
    const docs = (value ?? []) as DocumentRef[];
    return docs.length ? docs.map((d) => d.name).join(', ') : msg('nichts hochgeladen');
  }
  if (field.kind === 'group') {
    const items = (value ?? []) as GroupItem[];
    if (!items.length) return msg('keine');
    return items
      .map((item, i) => `${field.itemLabel} ${i + 1}: ${visibleItemFields(field, item).map((f) => simpleValue(f, item[f.id])).join(', ')}`)
      .join('\n');
  }
  return simpleValue(field, value);
}

export interface StepSummary {
  stepId: string;
  title: string;
  lines: Array<{ fieldId: string; label: string; value: string }>;
}

export function summarizeSteps(def: FormDefinition, rawAnswers: Answers): StepSummary[] {
  const answers = dropUnreachable(def, rawAnswers);
  return visibleSteps(def, answers).map((step) => ({
    stepId: step.id,
    title: step.title,
    lines: visibleFields(step, answers).map((f) => ({ fieldId: f.id, label: f.label, value: displayValue(f, answers[f.id]) })),
  }));
}

export const summaryLines = (def: FormDefinition, answers: Answers): SummaryLine[] =>
  summarizeSteps(def, answers).flatMap((s) => s.lines.map((l) => ({ section: s.title, label: l.label, value: l.value })));
