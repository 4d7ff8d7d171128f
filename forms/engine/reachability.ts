/**
 * Which steps and fields a citizen sees for the answers given, and dropping answers that became
 * unreachable after an earlier answer changed — before validation, review and submission.
 */
import { holds } from './conditions.ts';
import type { Answers, Field, FormDefinition, GroupItem, Step } from './types.ts';

export const visibleSteps = (def: FormDefinition, answers: Answers): Step[] => def.steps.filter((s) => holds(s.when, answers));

export const visibleFields = (step: Step, answers: Answers): Field[] => step.fields.filter((f) => holds(f.when, answers));

export function stepById(def: FormDefinition, id: string): Step | undefined {
  return def.steps.find((s) => s.id === id);
}

/** Fields inside a group item may depend on the item's own answers (e.g. "Art" → "sonstige Art"). */
export const visibleItemFields = (field: Field & { kind: 'group' }, item: GroupItem) =>
  field.fields.filter((f) => holds(f.when, item));

/**
 * Keeps only answers of visible fields on visible steps (and the declarations). Repeated until
 * stable, because dropping one answer can hide a field that depended on it.
 */
export function dropUnreachable(def: FormDefinition, answers: Answers): Answers {
  const declarations = new Set(def.declarations.map((d) => d.id));
  let current = answers;
  for (let round = 0; round < 10; round++) {
    const keep: Answers = {};
    for (const step of visibleSteps(def, current)) {
      for (const field of visibleFields(step, current)) {
        const value = current[field.id];
        if (value === undefined) continue;
        if (field.kind === 'group' && Array.isArray(value)) {
          keep[field.id] = (value as GroupItem[]).map((item) => {
            const kept: GroupItem = {};
            for (const f of visibleItemFields(field, item)) if (item[f.id] !== undefined) kept[f.id] = item[f.id]!;
            return kept;
          });
        } else keep[field.id] = value;
      }
    }
    for (const id of declarations) if (current[id] !== undefined) keep[id] = current[id]!;
    if (JSON.stringify(keep) === JSON.stringify(current)) return keep;
    current = keep;
  }
  return current;
}
