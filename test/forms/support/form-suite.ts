/**
 * The tests every form definition passes: all shortest paths of its machine (xstate/graph), each
 * replayed on a real actor, and every path's answers completed into a payload that its JSON
 * Schema accepts.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, fromPromise } from 'xstate';
import { createFormMachine, REVIEW, type Receipt, type SubmitInput } from '../../../forms/engine/machine.ts';
import { payloadSchema } from '../../../forms/engine/json-schema.ts';
import { buildPayload } from '../../../forms/engine/payload.ts';
import { visibleSteps } from '../../../forms/engine/reachability.ts';
import type { Answers, FormDefinition } from '../../../forms/engine/types.ts';
import { completeAnswers, fachdaten, formPaths, replay, schemaIssues } from './walk.ts';

export function pathTests(def: FormDefinition): void {
  const schema = payloadSchema(def);
  const paths = formPaths(def);

  it(`reaches every step, review, submitted and failed (${paths.length} shortest paths)`, () => {
    const states = new Set(paths.map((p) => String(p.state.value)));
    for (const s of [...def.steps.map((x) => x.id), REVIEW, 'submitting', 'submitted', 'failed']) assert.ok(states.has(s), `state ${s} not reached`);
  });

  it('on every path the current step is visible and the answers complete to a schema-valid payload', () => {
    for (const path of paths) {
      const snapshot = replay(def, path.steps.map((s) => s.event));
      const state = String(snapshot.value);
      if (def.steps.some((s) => s.id === state)) assert.ok(visibleSteps(def, snapshot.context.answers).some((s) => s.id === state), `${state} hidden`);
      const payload = {
        form: { id: def.formId, version: def.version, service: def.service },
        tenant: '05913000',
        createdAt: '2026-03-11T09:00:00.000Z',
        fachdaten: fachdaten(def, completeAnswers(def, snapshot.context.answers)),
        erklaerungen: Object.fromEntries(def.declarations.map((d) => [d.id, true])),
        anlagen: [],
      };
      assert.deepEqual(schemaIssues(schema, payload), [], `path to ${state}`);
    }
  });
}

/** Walks a persona's answers through the machine to a submitted application; returns its payload. */
export async function submitAs(def: FormDefinition, persona: Answers) {
  let sent: SubmitInput | undefined;
  const machine = createFormMachine(def).provide({
    actors: {
      submit: fromPromise<Receipt, SubmitInput>(async ({ input }) => {
        sent = input;
        return { reference: 'SP-TEST-0001', receivedAt: '2026-03-11T09:00:00.000Z' };
      }),
    },
  });
  const actor = createActor(machine).start();
  actor.send({ type: 'START', idempotencyKey: 'k' });
  actor.send({ type: 'ANSWERS', values: completeAnswers(def, persona) });
  const visited: string[] = [];
  while (String(actor.getSnapshot().value) !== REVIEW) {
    visited.push(String(actor.getSnapshot().value));
    actor.send({ type: 'NEXT' });
    assert.ok(visited.length <= def.steps.length, `stuck: ${JSON.stringify(actor.getSnapshot().context.errors)}`);
  }
  actor.send({ type: 'SUBMIT' });
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(actor.getSnapshot().value, 'submitted');
  const payload = await buildPayload(def, sent!.answers, { tenant: '05913000', now: new Date('2026-03-11T09:00:00Z'), readDocument: async () => new Uint8Array() });
  assert.deepEqual(schemaIssues(payloadSchema(def), payload), []);
  return { visited, payload };
}
