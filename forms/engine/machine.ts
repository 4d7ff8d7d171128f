/**
 * Turns a form definition into an XState v5 machine: start, one state per step (state key = step
 * id), review, submitting, submitted, failed. Guards are pure validity checks over `context`; the
 * submission itself is the `submit` actor the widget provides (`machine.provide`).
 */
import { assign, fromPromise, type SnapshotFrom } from 'xstate';
import { setup } from '../../src/flows/setup.ts';
import { dropUnreachable, visibleSteps } from './reachability.ts';
import type { Answer, Answers, FormDefinition } from './types.ts';
import { firstIncompleteStep, validateDeclarations, validateStep, type FieldError } from './validate.ts';

export interface Receipt {
  reference: string;
  receivedAt: string;
}

export interface SubmitInput {
  answers: Answers;
  idempotencyKey: string;
}

export interface FormContext {
  answers: Answers;
  errors: FieldError[];
  /** Set while a step is changed from the review page: "Weiter" returns there. */
  returnToReview: boolean;
  /** One key per application, kept in the draft: every retry (even after a reload) reuses it. */
  idempotencyKey: string;
  receipt?: Receipt;
  /** Why the last submission failed: 'network' (try again) or 'rejected' (the server said no). */
  failure?: 'network' | 'rejected';
}

export type FormEvent =
  | { type: 'START'; idempotencyKey: string }
  | { type: 'ANSWER'; id: string; value: Answer | undefined }
  | { type: 'ANSWERS'; values: Answers }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'EDIT'; step: string }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' }
  | { type: 'RESET' };

/** Raised by the submit actor when the server refused the application (not worth retrying). */
export class SubmissionRejected extends Error {
  override name = 'SubmissionRejected';
}

export const REVIEW = 'review';

function withAnswer(answers: Answers, id: string, value: Answer | undefined): Answers {
  const next = { ...answers };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next;
}

export function createFormMachine(def: FormDefinition) {
  const ids = def.steps.map((s) => s.id);
  if (ids.some((id) => ['start', REVIEW, 'submitting', 'submitted', 'failed'].includes(id))) throw new Error(`Reserved step id in ${def.formId}`);

  const stepErrors = (stepId: string, answers: Answers): FieldError[] => {
    const step = def.steps.find((s) => s.id === stepId);
    return step ? validateStep(step, answers) : [];
  };
  const visibleIds = (answers: Answers) => visibleSteps(def, answers).map((s) => s.id);
  const nextOf = (stepId: string, answers: Answers) => {
    const visible = visibleIds(answers);
    const at = ids.indexOf(stepId);
    return ids.slice(at + 1).find((id) => visible.includes(id)) ?? REVIEW;
  };
  const previousOf = (stepId: string, answers: Answers) => {
    const visible = visibleIds(answers);
    const at = stepId === REVIEW ? ids.length : ids.indexOf(stepId);
    return [...ids.slice(0, at)].reverse().find((id) => visible.includes(id)) ?? 'start';
  };
  const firstIncomplete = (answers: Answers) => firstIncompleteStep(def, answers)?.id ?? REVIEW;
  const machineSetup = setup({
    types: { context: {} as FormContext, events: {} as FormEvent },
    actors: {
      // The widget provides the real submission; without it the machine fails safely.
      submit: fromPromise<Receipt, SubmitInput>(async () => {
        throw new Error('No submit actor provided');
      }),
    },
    actions: {
      /** Leaving a step: answers that became unreachable go, and so do old messages. */
      clean: assign(({ context }) => ({ answers: dropUnreachable(def, context.answers), errors: [] as FieldError[] })),
      clearErrors: assign({ errors: [] as FieldError[] }),
      showStepErrors: assign(({ context }, params: { step: string }) => ({ errors: stepErrors(params.step, context.answers) })),
      showDeclarationErrors: assign(({ context }) => ({ errors: validateDeclarations(def, context.answers) })),
      leaveReview: assign({ returnToReview: true, errors: [] as FieldError[] }),
      goBack: assign({ errors: [] as FieldError[], returnToReview: false }),
    },
  });
  type Ctx = { context: FormContext };
  type Evt = { event: FormEvent };

  const stepStates = Object.fromEntries(
    ids.map((id) => {
      const next = [
        { guard: ({ context }: Ctx) => stepErrors(id, context.answers).length > 0, actions: { type: 'showStepErrors' as const, params: { step: id } } },
        ...[...ids, REVIEW].map((target) => ({
          guard: ({ context }: Ctx) => {
            const answers = dropUnreachable(def, context.answers);
            return (context.returnToReview ? firstIncomplete(answers) : nextOf(id, answers)) === target;
          },
          target,
          actions: 'clean' as const,
        })),
      ];
      const back = ['start', ...ids, REVIEW].map((target) => ({
        guard: ({ context }: Ctx) => previousOf(id, context.answers) === target,
        target,
        actions: 'goBack' as const,
      }));
      return [id, { on: { NEXT: next, BACK: back } }];
    }),
  );

  return machineSetup.createMachine({
    id: def.formId,
    context: { answers: {}, errors: [], returnToReview: false, idempotencyKey: '' },
    initial: 'start',
    on: {
      ANSWER: { actions: assign({ answers: ({ context, event }) => withAnswer(context.answers, event.id, event.value) }) },
      ANSWERS: { actions: assign({ answers: ({ context, event }) => ({ ...context.answers, ...event.values }) }) },
      RESET: { target: '.start', actions: assign({ answers: {}, errors: [], returnToReview: false, idempotencyKey: '', receipt: undefined, failure: undefined }) },
    },
    states: {
      start: {
        on: {
          START: {
            target: ids[0]!,
            actions: assign({ idempotencyKey: ({ context, event }) => context.idempotencyKey || event.idempotencyKey, errors: [] }),
          },
        },
      },
      ...stepStates,
      [REVIEW]: {
        entry: 'clean',
        on: {
          EDIT: ids.map((target) => ({
            guard: ({ event }: Evt) => event.type === 'EDIT' && event.step === target,
            target,
            actions: 'leaveReview' as const,
          })),
          BACK: ids.map((target) => ({
            guard: ({ context }: Ctx) => previousOf(REVIEW, context.answers) === target,
            target,
            actions: 'goBack' as const,
          })),
          SUBMIT: [
            // Defensive: a restored or migrated draft may miss answers that are required now.
            ...ids.map((target) => ({
              guard: ({ context }: Ctx) => firstIncomplete(context.answers) === target,
              target,
              actions: ['leaveReview' as const, { type: 'showStepErrors' as const, params: { step: target } }],
            })),
            {
              guard: ({ context }) => validateDeclarations(def, context.answers).length > 0,
              actions: 'showDeclarationErrors',
            },
            { target: 'submitting', actions: assign({ errors: [], failure: undefined }) },
          ],
        },
      },
      submitting: {
        invoke: {
          id: 'submit',
          src: 'submit',
          input: ({ context }) => ({ answers: dropUnreachable(def, context.answers), idempotencyKey: context.idempotencyKey }),
          onDone: { target: 'submitted', actions: assign({ receipt: ({ event }) => event.output }) },
          onError: {
            target: 'failed',
            actions: assign({ failure: ({ event }) => (event.error instanceof SubmissionRejected ? 'rejected' : 'network') }),
          },
        },
      },
      failed: {
        on: { RETRY: 'submitting', BACK: REVIEW, EDIT: ids.map((target) => ({ guard: ({ event }: Evt) => event.type === 'EDIT' && event.step === target, target, actions: 'leaveReview' as const })) },
      },
      submitted: {},
    },
  });
}

export type FormMachine = ReturnType<typeof createFormMachine>;
export type FormSnapshot = SnapshotFrom<FormMachine>;

/** The state a snapshot is in, as a string: 'start', a step id, 'review', 'submitting' … */
export const stateOf = (snapshot: { value: unknown }): string => String(snapshot.value);
