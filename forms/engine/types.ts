/**
 * What a form definition is made of. A definition is data (steps, fields, conditions, rules); the
 * engine interprets it. Ids follow the scheme documented in docs/applications.md: readable
 * FIM-style ids (`fim.<bereich>.<feld>` for Stammdaten shared by all forms, `<form>.<feld>` for
 * service-specific Fachdaten) until the official Stammdatenschemata are published on fimportal.de.
 */
import type { ServiceId } from '../../src/catalogue/service-ids.ts';

/** Show a step or field only when … (all over the top-level answers). */
export type Condition =
  | { field: string; equals: string }
  | { field: string; oneOf: readonly string[] }
  | { field: string; answered: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** The data type of a typed answer; it decides validation, input mode and the payload type. */
export type InputType = 'text' | 'longtext' | 'date' | 'amount' | 'integer' | 'iban' | 'bic' | 'plz' | 'email' | 'phone' | 'taxid';

interface FieldBase {
  id: string;
  label: string;
  /** Why we ask or how to answer, shown under the label. */
  hint?: string;
  /** Default true. */
  required?: boolean;
  when?: Condition;
}

export interface InputField extends FieldBase {
  kind: 'input';
  type: InputType;
  autocomplete?: string;
  maxLength?: number;
  /** Bounds for amounts and integers (inclusive). */
  min?: number;
  max?: number;
  /** Dates: 'past' = today or earlier, 'future' = today or later. */
  dateRange?: 'past' | 'future';
  /** A valid answer: used by the generated path tests and in documentation. */
  example: string;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  multiple?: boolean;
  options: readonly ChoiceOption[];
}

/** A repeatable group: household members, income sources … one row per item. */
export interface GroupField extends FieldBase {
  kind: 'group';
  /** "Person", "Einkommen": numbered in headings ("Person 2"). */
  itemLabel: string;
  addLabel: string;
  fields: readonly (InputField | ChoiceField)[];
  min?: number;
  max: number;
}

export type FileKind = 'pdf' | 'jpeg' | 'png';

/** Supporting documents to upload; checked by content, not by name. */
export interface DocumentField extends FieldBase {
  kind: 'document';
  accept: readonly FileKind[];
  /** Per file. */
  maxBytes: number;
  maxFiles: number;
}

export type Field = InputField | ChoiceField | GroupField | DocumentField;
export type SimpleField = InputField | ChoiceField;

export interface Step {
  id: string;
  title: string;
  intro?: string;
  when?: Condition;
  fields: readonly Field[];
}

export interface Declaration {
  id: string;
  label: string;
  /** Heading of the declaration's checkbox group ("Erklärung zur Richtigkeit Ihrer Angaben"). */
  heading: string;
  /** Whole error message when it is not confirmed; a sentence of its own so translators need not glue fragments. */
  error: string;
}

/** A document the citizen gets as an attachment, by its content type. */
export interface DocumentRef {
  id: string;
  name: string;
  type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
}

export type GroupItem = Record<string, string | string[]>;
/** Answers stay as typed (strings), so nothing is ever lost; typing happens in the payload. */
export type Answer = string | string[] | GroupItem[] | DocumentRef[];
export type Answers = Record<string, Answer>;

/** Outcome of migrating answers of an older version. */
export type MigrationResult = { ok: true; answers: Answers } | { ok: false; reason: string };

export interface Migration {
  from: string;
  to: string;
  migrate(answers: Answers): MigrationResult;
}

export interface StartPage {
  purpose: string;
  whoMayApply: string;
  duration: string;
  haveReady: readonly string[];
}

export interface FormDefinition {
  service: ServiceId;
  /** Stable id of the form, e.g. "hzl-antrag". */
  formId: string;
  /** Changes whenever fields, rules or steps change; drafts and payloads carry it. */
  version: string;
  title: string;
  /** Legal basis for the authority's header, e.g. "§§ 27 ff. SGB XII". */
  legalBasis: string;
  start: StartPage;
  steps: readonly Step[];
  declarations: readonly Declaration[];
  /** Ordered chain from older versions to this one. */
  migrations: readonly Migration[];
}
