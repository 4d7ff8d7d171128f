import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, fromPromise } from 'xstate';
import { createFormMachine, REVIEW, type Receipt, type SubmitInput } from '../../forms/engine/machine.ts';
import { payloadSchema } from '../../forms/engine/json-schema.ts';
import { buildPayload } from '../../forms/engine/payload.ts';
import { dropUnreachable } from '../../forms/engine/reachability.ts';
import { restoreDraft, type DraftRecord } from '../../forms/engine/restore.ts';
import { definition } from '../../forms/hilfe-zum-lebensunterhalt/definition.ts';
import { pathTests } from './support/form-suite.ts';
import { completeAnswers, declarationsAccepted, fachdaten, schemaIssues } from './support/walk.ts';

const def = definition();
const schema = payloadSchema(def);

describe('HzL: generated paths (xstate/graph getShortestPaths)', () => {
  pathTests(def);

  it('the schema rejects what an authority must not accept', () => {
    const base = { form: { id: def.formId, version: def.version, service: def.service }, tenant: '05913000', createdAt: '2026-03-11T09:00:00.000Z', erklaerungen: {}, anlagen: [] };
    assert.notDeepEqual(schemaIssues(schema, { ...base, fachdaten: {} }), []);
    const complete = fachdaten(def, completeAnswers(def));
    assert.notDeepEqual(schemaIssues(schema, { ...base, fachdaten: { ...complete, 'fim.anschrift.plz': '4413' } }), []);
  });
});

describe('HzL: persona walkthrough (Ayşe, 58, befristete Erwerbsminderungsrente, Mieterin)', () => {
  it('walks through all steps, drops answers that became unreachable and submits once', async () => {
    const calls: SubmitInput[] = [];
    const machine = createFormMachine(def).provide({
      actors: {
        submit: fromPromise<Receipt, SubmitInput>(async ({ input }) => {
          calls.push(input);
          return { reference: 'SP-AB12-CD34', receivedAt: '2026-03-11T09:00:00.000Z' };
        }),
      },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'START', idempotencyKey: 'k-1' });
    actor.send({ type: 'NEXT' });
    assert.equal(actor.getSnapshot().value, 'person', 'an empty step does not let you on');
    assert.ok(actor.getSnapshot().context.errors.some((e) => e.fieldId === 'fim.person.familienname'));

    const answers = completeAnswers(def, { 'hzl.wohnung.wohnform': 'miete', 'hzl.wohnung.kaltmiete': '420', 'hzl.vermoegen.kfz': 'ja', 'hzl.vermoegen.kfz-wert': '2500' });
    for (const d of def.declarations) delete answers[d.id];
    const visited: string[] = [];
    while (String(actor.getSnapshot().value) !== REVIEW) {
      visited.push(String(actor.getSnapshot().value));
      actor.send({ type: 'ANSWERS', values: answers });
      actor.send({ type: 'NEXT' });
      assert.ok(visited.length <= def.steps.length, 'loops');
    }
    assert.deepEqual(visited, def.steps.map((s) => s.id));

    // She sells the car after all: the value question disappears, and so does its answer.
    actor.send({ type: 'EDIT', step: 'vermoegen' });
    actor.send({ type: 'ANSWER', id: 'hzl.vermoegen.kfz', value: 'nein' });
    actor.send({ type: 'NEXT' });
    assert.equal(actor.getSnapshot().value, REVIEW, 'returns to the review page');
    assert.equal(actor.getSnapshot().context.answers['hzl.vermoegen.kfz-wert'], undefined);

    actor.send({ type: 'SUBMIT' });
    assert.equal(actor.getSnapshot().value, REVIEW, 'no submission without the declarations');
    assert.equal(actor.getSnapshot().context.errors.length, def.declarations.length);
    actor.send({ type: 'ANSWERS', values: declarationsAccepted(def) });
    actor.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(actor.getSnapshot().value, 'submitted');
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.idempotencyKey, 'k-1');

    const payload = await buildPayload(def, calls[0]!.answers, { tenant: '05913000', now: new Date('2026-03-11T09:00:00Z'), readDocument: async () => new Uint8Array() });
    assert.equal(payload.fachdaten['hzl.wohnung.kaltmiete'], 420);
    assert.equal(payload.fachdaten['fim.person.geburtsdatum'], '1985-03-17');
    assert.equal(payload.fachdaten['fim.bank.iban'], 'DE89370400440532013000');
    assert.equal(payload.fachdaten['hzl.vermoegen.kfz-wert'], undefined);
    assert.deepEqual(schemaIssues(schema, payload), []);
  });

  it('a failed submission keeps the idempotency key for the retry', async () => {
    let attempts = 0;
    const keys: string[] = [];
    const machine = createFormMachine(def).provide({
      actors: {
        submit: fromPromise<Receipt, SubmitInput>(async ({ input }) => {
          keys.push(input.idempotencyKey);
          if (++attempts === 1) throw new TypeError('Failed to fetch');
          return { reference: 'SP-1', receivedAt: '2026-03-11T09:00:00.000Z' };
        }),
      },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'START', idempotencyKey: 'same-key' });
    actor.send({ type: 'ANSWERS', values: completeAnswers(def) });
    for (let i = 0; i < def.steps.length; i++) actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT' });
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(actor.getSnapshot().value, 'failed');
    assert.equal(actor.getSnapshot().context.failure, 'network');
    actor.send({ type: 'RETRY' });
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(actor.getSnapshot().value, 'submitted');
    assert.deepEqual(keys, ['same-key', 'same-key']);
  });
});

describe('HzL: drafts and version migration', () => {
  const machine = createFormMachine(def);
  const draftAt = (version: string, value: string, answers: Record<string, unknown>): DraftRecord => ({
    formId: def.formId,
    version,
    savedAt: '2026-03-10T18:00:00.000Z',
    summary: [{ section: 'Einkommen', label: 'Einkommen im Monat', value: '812,40' }],
    snapshot: { status: 'active', value, context: { answers: answers as never, errors: [], returnToReview: false, idempotencyKey: 'k' }, children: {}, historyValue: {} },
  });

  it('restores a snapshot of this version where it was left, and the actor resumes there', () => {
    const outcome = restoreDraft(def, draftAt(def.version, 'wohnung', { 'fim.person.vorname': 'Ayşe' }));
    assert.equal(outcome.kind, 'current');
    if (outcome.kind !== 'current') return;
    const actor = createActor(machine, { snapshot: outcome.snapshot as never }).start();
    assert.equal(actor.getSnapshot().value, 'wohnung');
    assert.equal(actor.getSnapshot().context.answers['fim.person.vorname'], 'Ayşe');
    actor.send({ type: 'BACK' });
    assert.equal(actor.getSnapshot().value, 'situation');
  });

  it('migrates a 1.0 draft: the single income amount becomes one income source', () => {
    const old = draftAt('1.0', 'einkommen', { 'fim.person.vorname': 'Ayşe', 'hzl.einkommen.betrag': '812,40', 'hzl.haushalt.personen': [] });
    const outcome = restoreDraft(def, old);
    assert.equal(outcome.kind, 'migrated');
    if (outcome.kind !== 'migrated') return;
    const answers = outcome.snapshot.context.answers;
    assert.equal(answers['hzl.einkommen.vorhanden'], 'ja');
    assert.deepEqual((answers['hzl.einkommen.quellen'] as Array<Record<string, string>>)[0]!.betrag, '812,40');
    assert.equal(answers['hzl.haushalt.weitere'], 'nein');
    const actor = createActor(machine, { snapshot: outcome.snapshot as never }).start();
    assert.equal(actor.getSnapshot().value, 'einkommen');
  });

  it('explains a version it cannot migrate and keeps the old answers readable', () => {
    const outcome = restoreDraft(def, draftAt('0.9', 'person', { x: '1' }));
    assert.equal(outcome.kind, 'impossible');
    if (outcome.kind !== 'impossible') return;
    assert.match(outcome.reason, /0\.9/);
    assert.equal(outcome.summary[0]!.value, '812,40');
  });

  it('never resumes inside a submission', () => {
    const outcome = restoreDraft(def, draftAt(def.version, 'submitting', completeAnswers(def)));
    assert.equal(outcome.kind === 'current' && outcome.snapshot.value, REVIEW);
  });

  it('drops answers of hidden fields from a restored draft', () => {
    const outcome = restoreDraft(def, draftAt(def.version, 'wohnung', { 'hzl.wohnung.wohnform': 'angehoerige', 'hzl.wohnung.kaltmiete': '300' }));
    assert.ok(outcome.kind === 'current');
    assert.deepEqual(outcome.snapshot.context.answers, dropUnreachable(def, { 'hzl.wohnung.wohnform': 'angehoerige' }));
  });
});
