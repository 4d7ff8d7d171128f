/**
 * Walks a form definition like a citizen would, for the generated path tests: valid sample answers
 * per step (from each field's `example`), and every option of each field a condition depends on.
 */
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { z } from 'zod';
import { createFormMachine, REVIEW, type FormEvent, type FormSnapshot } from '../../../forms/engine/machine.ts';
import { fachdaten } from '../../../forms/engine/payload.ts';
import { visibleFields, visibleItemFields, visibleSteps } from '../../../forms/engine/reachability.ts';
import type { Answers, Condition, FormDefinition, GroupItem, SimpleField, Step } from '../../../forms/engine/types.ts';
import { validateStep } from '../../../forms/engine/validate.ts';

/** Ids any condition of the definition reads (top level and inside groups). */
export function conditionFields(def: FormDefinition): Set<string> {
  const ids = new Set<string>();
  const visit = (c: Condition | undefined): void => {
    if (!c) return;
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else ids.add(c.field);
  };
  for (const step of def.steps) {
    visit(step.when);
    for (const field of step.fields) {
      visit(field.when);
      if (field.kind === 'group') for (const sub of field.fields) visit(sub.when);
    }
  }
  return ids;
}

const sample = (field: SimpleField): string | string[] =>
  field.kind === 'input' ? field.example : field.multiple ? [field.options[0]!.value] : field.options[0]!.value;

function item(fields: readonly SimpleField[], override: Record<string, string> = {}): GroupItem {
  const row: GroupItem = {};
  for (const f of fields) row[f.id] = override[f.id] ?? sample(f);
  // Keep only what this row shows.
  return row;
}

/** Valid answers for a step: base samples, then one variant per option of each deciding field. */
export function stepVariants(def: FormDefinition, step: Step, answers: Answers): Answers[] {
  const deciding = conditionFields(def);
  const base: Answers = {};
  const variants: Answers[] = [];
  for (const field of step.fields) {
    if (field.kind === 'document') continue;
    if (field.kind === 'group') {
      base[field.id] = [item(field.fields)];
      for (const sub of field.fields) {
        if (sub.kind !== 'choice' || !deciding.has(sub.id)) continue;
        for (const o of sub.options) variants.push({ [field.id]: [item(field.fields, { [sub.id]: o.value })] });
      }
      continue;
    }
    base[field.id] = sample(field);
    if (field.kind === 'choice' && deciding.has(field.id)) for (const o of field.options) variants.push({ [field.id]: field.multiple ? [o.value] : o.value });
  }
  const merged = (v: Answers) => ({ ...base, ...v });
  const all = [base, ...variants.map(merged)];
  // Only answers of fields that are visible with the step's answers (and trimmed group rows).
  return all.map((values) => {
    const context = { ...answers, ...values };
    const out: Answers = {};
    for (const f of visibleFields(step, context)) {
      const v = values[f.id];
      if (v === undefined) continue;
      out[f.id] = f.kind === 'group' ? (v as GroupItem[]).map((row) => Object.fromEntries(visibleItemFields(f, row).map((s) => [s.id, row[s.id]!]))) : v;
    }
    return out;
  });
}

export const declarationsAccepted = (def: FormDefinition): Answers => Object.fromEntries(def.declarations.map((d) => [d.id, ['ja']]));

export function eventsFor(def: FormDefinition) {
  return (snapshot: FormSnapshot): FormEvent[] => {
    const state = String(snapshot.value);
    if (state === 'start') return [{ type: 'START', idempotencyKey: 'key-1' }];
    if (state === REVIEW) {
      return [
        { type: 'SUBMIT' },
        { type: 'ANSWERS', values: declarationsAccepted(def) },
        { type: 'BACK' },
        { type: 'EDIT', step: def.steps[0]!.id },
      ];
    }
    if (state === 'submitting') {
      return [
        { type: 'xstate.done.actor.submit', output: { reference: 'SP-TEST', receivedAt: '2026-03-11T09:00:00.000Z' } } as unknown as FormEvent,
        { type: 'xstate.error.actor.submit', error: new Error('offline') } as unknown as FormEvent,
      ];
    }
    if (state === 'failed') return [{ type: 'RETRY' }, { type: 'BACK' }];
    const step = def.steps.find((s) => s.id === state);
    if (!step) return [];
    return [...stepVariants(def, step, snapshot.context.answers).map((values) => ({ type: 'ANSWERS' as const, values })), { type: 'NEXT' }, { type: 'BACK' }];
  };
}

/** One vertex per state × what the current step shows × whether it is complete. */
export function serializeFor(def: FormDefinition) {
  return (snapshot: FormSnapshot): string => {
    const state = String(snapshot.value);
    const step = def.steps.find((s) => s.id === state);
    const { answers } = snapshot.context;
    const shown = step ? visibleFields(step, answers).map((f) => f.id).join(',') : '';
    const valid = step ? validateStep(step, answers).length === 0 : true;
    const declared = def.declarations.every((d) => Array.isArray(answers[d.id]));
    const steps = def.steps.some((s) => s.when) ? visibleSteps(def, answers).map((s) => s.id).join(',') : '';
    return `${state}|${steps}|${shown}|${valid}|${snapshot.context.returnToReview}|${state === REVIEW ? declared : ''}|${snapshot.context.errors.length > 0}`;
  };
}

export function formPaths(def: FormDefinition) {
  const machine = createFormMachine(def);
  return getShortestPaths(machine, { events: eventsFor(def), serializeState: serializeFor(def) });
}

/** Replays a path's events on a fresh actor and returns its end snapshot. */
export function replay(def: FormDefinition, events: readonly FormEvent[]): FormSnapshot {
  const actor = createActor(createFormMachine(def)).start();
  for (const event of events) {
    if (event.type.startsWith('xstate.')) break;
    actor.send(event);
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** Every answer a citizen must give, filled with samples (first option of every choice). */
export function completeAnswers(def: FormDefinition, start: Answers = {}): Answers {
  let answers = { ...start };
  for (const step of def.steps) {
    const [base] = stepVariants(def, step, answers);
    answers = { ...base, ...answers };
  }
  return { ...answers, ...declarationsAccepted(def) };
}

/** Validates a payload against the definition's JSON Schema, as the authority side does. */
export function schemaIssues(schema: Record<string, unknown>, payload: unknown): string[] {
  const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  const result = validator.safeParse(payload);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

export { fachdaten };
