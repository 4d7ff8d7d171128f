/**
 * Resuming a draft: a snapshot of this version resumes as it was; one of an older version is
 * migrated along the definition's chain; when that is impossible the citizen gets the reason and
 * a readable copy of the old answers (the draft's summary), never a silently broken form.
 */
import { msg, str } from '@lit/localize';
import { REVIEW } from './machine.ts';
import { dropUnreachable } from './reachability.ts';
import type { Answers, FormDefinition, MigrationResult } from './types.ts';
import { firstIncompleteStep } from './validate.ts';

/** A question and its answer as the citizen saw them when the draft was saved. */
export interface SummaryLine {
  section: string;
  label: string;
  value: string;
}

export interface DraftRecord {
  formId: string;
  version: string;
  savedAt: string;
  /** `actor.getPersistedSnapshot()` of the form machine. */
  snapshot: PersistedForm;
  summary: SummaryLine[];
}

/** The parts of a persisted machine snapshot this module reads and writes. */
export interface PersistedForm {
  value: unknown;
  context: { answers: Answers; [key: string]: unknown };
  [key: string]: unknown;
}

export type RestoreOutcome =
  | { kind: 'current'; snapshot: PersistedForm }
  | { kind: 'migrated'; snapshot: PersistedForm; from: string }
  | { kind: 'impossible'; reason: string; from: string; summary: SummaryLine[] };

export function migrateAnswers(def: FormDefinition, from: string, answers: Answers): MigrationResult {
  let version = from;
  let current = answers;
  for (let guard = 0; version !== def.version && guard < 50; guard++) {
    const step = def.migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: msg(str`Das Formular hat sich seit Version ${version} so geändert, dass wir Ihre Angaben nicht übernehmen können.`) };
    const result = step.migrate(current);
    if (!result.ok) return result;
    current = result.answers;
    version = step.to;
  }
  return version === def.version ? { ok: true, answers: current } : { ok: false, reason: msg(str`Ihre Angaben aus Version ${from} lassen sich nicht übernehmen.`) };
}

export function restoreDraft(def: FormDefinition, record: DraftRecord): RestoreOutcome {
  const settle = (snapshot: PersistedForm, answers: Answers): PersistedForm => {
    const value = String(snapshot.value);
    const known = value === 'start' || value === REVIEW || def.steps.some((s) => s.id === value);
    const clean = dropUnreachable(def, answers);
    // Never resume inside a submission: the citizen sends again from the review page (same key).
    const resumeAt = known ? value : (firstIncompleteStep(def, clean)?.id ?? REVIEW);
    return { ...snapshot, status: 'active', value: resumeAt, children: {}, context: { ...snapshot.context, answers: clean, errors: [], returnToReview: false } };
  };
  const value = String(record.snapshot.value);
  const interrupted = ['submitting', 'failed'].includes(value) ? { ...record.snapshot, value: REVIEW } : record.snapshot;
  if (record.version === def.version) {
    return { kind: 'current', snapshot: settle(interrupted, record.snapshot.context.answers) };
  }
  const migrated = migrateAnswers(def, record.version, record.snapshot.context.answers);
  if (!migrated.ok) return { kind: 'impossible', reason: migrated.reason, from: record.version, summary: record.summary };
  return { kind: 'migrated', from: record.version, snapshot: settle(interrupted, migrated.answers) };
}
