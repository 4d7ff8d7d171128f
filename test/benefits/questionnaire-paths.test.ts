// Every questionnaire path generated from the machine (xstate/graph): each ends in a reachable, consistent state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getShortestPaths } from 'xstate/graph';
import type { Answers, QuestionId, QuestionnaireEvent } from '../../src/benefits/index.ts';
import { currentQuestion, dropUnreachable, evaluate, BENEFIT_RULES, questionnaireMachine, validateAnswer, visibleQuestions } from '../../src/benefits/index.ts';

/** Representative answers per question: enough to open every branch, plus one invalid value where there is one. */
const SAMPLES: Record<QuestionId, readonly unknown[]> = {
  alter: [40, 70, -1],
  haushalt: [{ partner: false, kinder: [] }, { partner: true, kinder: [{ alter: 8, schuleOderKita: true }] }],
  aufenthalt: ['deutsch', 'asylverfahren', 'ukraine'],
  monateInDeutschland: [14, -2],
  ukraineSchutzSeit: ['vor-april-2025'],
  arbeitsfaehigkeit: ['ja', 'nein-dauerhaft'],
  erwerbsminderung: ['rente-dauerhaft'],
  taetigkeit: ['beschaeftigt'],
  einkommen: [{ eigenes: 'kein' }, { eigenes: 'kein', partner: 'kein' }],
  leistungen: [['keine'], ['keine', 'wohngeld']],
  wohnen: ['miete', 'ohne-wohnung'],
  wohnkosten: [500, -5],
  wohnprobleme: [['keine']],
  vermoegen: ['unter-200'],
  beratung: [['keine']],
};
const CHANGEABLE: QuestionId[] = ['alter', 'aufenthalt', 'wohnen'];

type Snapshot = ReturnType<typeof questionnaireMachine.transition>;

function eventsFor(snapshot: Snapshot): QuestionnaireEvent[] {
  if (snapshot.matches('start')) return [{ type: 'START' }];
  if (snapshot.matches('summary')) return [...CHANGEABLE.map((questionId) => ({ type: 'CHANGE' as const, questionId })), { type: 'EVALUATE' }];
  if (snapshot.matches('result')) return [{ type: 'EDIT' }, { type: 'RESET' }];
  const q = currentQuestion(snapshot.value);
  if (!q) return [];
  return [...SAMPLES[q].map((value) => ({ type: 'ANSWER' as const, questionId: q, value })), { type: 'NEXT' }, { type: 'BACK' }];
}

/** Two snapshots are the same state for the test if they ask the same of the citizen. */
function signature(snapshot: Snapshot): string {
  const { answers, returnToSummary, errors } = snapshot.context;
  const q = currentQuestion(snapshot.value);
  return JSON.stringify({
    value: snapshot.value,
    visible: visibleQuestions(answers),
    // Which questions are answered matters only while returning to the summary (open ones are asked then).
    answered: returnToSummary ? Object.keys(answers).sort() : null,
    valid: q ? validateAnswer(q, answers).length === 0 : null,
    returnToSummary,
    errors: errors.length > 0,
  });
}

const started = performance.now();
const paths = getShortestPaths(questionnaireMachine, { events: eventsFor, serializeState: (s) => signature(s as Snapshot) });
const elapsed = performance.now() - started;

test('the machine yields many paths, fast', () => {
  assert.ok(paths.length > 200, `only ${paths.length} paths`);
  assert.ok(elapsed < 15000, `path generation took ${Math.round(elapsed)} ms`);
});

test('every path reaches the summary and the result somewhere', () => {
  assert.ok(paths.some((p) => p.state.matches('summary')));
  assert.ok(paths.some((p) => p.state.matches('result')));
  const questions = new Set(paths.map((p) => currentQuestion(p.state.value)).filter(Boolean));
  for (const id of Object.keys(SAMPLES)) assert.ok(questions.has(id as QuestionId), `question ${id} is never reached`);
});

test('each path ends in a state consistent with its answers', () => {
  for (const path of paths) {
    const { answers, errors, returnToSummary } = path.state.context;
    const where = `${JSON.stringify(path.state.value)} after ${path.steps.map((s) => s.event.type).join(' → ')}`;
    const q = currentQuestion(path.state.value);
    if (q) {
      assert.ok(visibleQuestions(answers).includes(q), `asks hidden question ${q}: ${where}`);
      if (errors.length > 0) assert.deepEqual(errors, validateAnswer(q, answers), where);
      // Every question before the current one that applies has a valid answer, unless we went back past it.
      continue;
    }
    assert.equal(errors.length, 0, where);
    if (path.state.matches('summary') || path.state.matches('result')) {
      assert.equal(returnToSummary, false, where);
      assert.deepEqual(dropUnreachable(answers), answers, `unreachable answers kept: ${where}`);
      for (const id of visibleQuestions(answers)) {
        assert.deepEqual(validateAnswer(id, answers), [], `${id} invalid at the summary: ${where}`);
      }
    }
    if (path.state.matches('result')) {
      assert.equal(evaluate(answers as Answers, { at: new Date('2026-03-15') }).length, BENEFIT_RULES.length, where);
    }
  }
});

test('NEXT never leaves a question whose answer is invalid', () => {
  for (const path of paths) {
    for (let i = 1; i < path.steps.length; i++) {
      const before = path.steps[i - 1]!.state as Snapshot;
      const step = path.steps[i]!;
      const q = currentQuestion(before.value);
      if (step.event.type !== 'NEXT' || !q) continue;
      if (validateAnswer(q, before.context.answers).length > 0) {
        assert.deepEqual(step.state.value, before.value, `left ${q} with an invalid answer`);
        assert.ok(step.state.context.errors.length > 0);
      }
    }
  }
});
