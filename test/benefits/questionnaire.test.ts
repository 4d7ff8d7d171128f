// The questionnaire as a citizen meets it: branching, BACK without loss, CHANGE from the summary, dropped answers, friendly errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import type { Answers, QuestionId } from '../../src/benefits/index.ts';
import {
  currentQuestion,
  dropUnreachable,
  haveAtHand,
  questionFor,
  questionnaireMachine,
  timeEstimateMinutes,
  validateAll,
  validateAnswer,
  visibleQuestions,
} from '../../src/benefits/index.ts';

const TYPICAL: Answers = {
  alter: 38,
  haushalt: { partner: true, kinder: [{ alter: 6, schuleOderKita: true }, { alter: 10, schuleOderKita: true }] },
  aufenthalt: 'deutsch',
  arbeitsfaehigkeit: 'ja',
  taetigkeit: 'beschaeftigt',
  einkommen: { eigenes: '1500-1750', partner: 'bis-250' },
  leistungen: ['keine'],
  wohnen: 'miete',
  wohnkosten: 950,
  wohnprobleme: ['keine'],
  vermoegen: '200-5000',
  beratung: ['keine'],
};

function start(answers: Answers = {}) {
  const actor = createActor(questionnaireMachine, { input: { answers } }).start();
  actor.send({ type: 'START' });
  return actor;
}
type Actor = ReturnType<typeof start>;
const at = (actor: Actor): QuestionId | string => currentQuestion(actor.getSnapshot().value) ?? String(actor.getSnapshot().value);
function answerAndNext(actor: Actor, answers: Answers): void {
  for (let guard = 0; guard < 30; guard++) {
    const q = currentQuestion(actor.getSnapshot().value);
    if (!q) return;
    actor.send({ type: 'ANSWER', questionId: q, value: answers[q] });
    actor.send({ type: 'NEXT' });
  }
}

test('a typical family is asked at most 12 questions', () => {
  assert.ok(visibleQuestions(TYPICAL).length <= 12, String(visibleQuestions(TYPICAL).length));
});

test('the start page gives a time estimate and what to have at hand', () => {
  const minutes = timeEstimateMinutes();
  assert.ok(minutes >= 2 && minutes <= 8, String(minutes));
  assert.ok(haveAtHand().some((item) => item.includes('Miete')));
});

test('each question has German text and a "why we ask" help', () => {
  for (const id of Object.keys(TYPICAL) as QuestionId[]) {
    const q = questionFor(id);
    assert.ok(q.text().endsWith('?'), id);
    assert.ok(q.help().length > 30, id);
  }
});

test('only relevant questions are asked: asylum seekers are asked how long they have been here, others are not', () => {
  assert.ok(!visibleQuestions({ aufenthalt: 'deutsch' }).includes('monateInDeutschland'));
  assert.ok(visibleQuestions({ aufenthalt: 'asylverfahren' }).includes('monateInDeutschland'));
  assert.ok(!visibleQuestions({ alter: 70 }).includes('arbeitsfaehigkeit'));
  assert.ok(visibleQuestions({ alter: 50, arbeitsfaehigkeit: 'nein-dauerhaft' }).includes('erwerbsminderung'));
  assert.ok(!visibleQuestions({ wohnen: 'ohne-wohnung' }).includes('wohnkosten'));
});

test('a typical walk-through ends at the summary with every answer kept', () => {
  const actor = start();
  answerAndNext(actor, TYPICAL);
  assert.equal(at(actor), 'summary');
  assert.deepEqual(actor.getSnapshot().context.answers, TYPICAL);
  actor.send({ type: 'EVALUATE' });
  assert.equal(at(actor), 'result');
});

test('BACK goes to the previous question and keeps what was typed', () => {
  const actor = start();
  actor.send({ type: 'ANSWER', questionId: 'alter', value: 38 });
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'ANSWER', questionId: 'haushalt', value: TYPICAL.haushalt });
  actor.send({ type: 'BACK' });
  assert.equal(at(actor), 'alter');
  assert.equal(actor.getSnapshot().context.answers.alter, 38);
  assert.deepEqual(actor.getSnapshot().context.answers.haushalt, TYPICAL.haushalt);
  actor.send({ type: 'BACK' });
  assert.equal(at(actor), 'start');
  actor.send({ type: 'START' });
  actor.send({ type: 'NEXT' });
  assert.equal(at(actor), 'haushalt');
});

test('BACK skips questions that do not apply', () => {
  const actor = start();
  answerAndNext(actor, { ...TYPICAL, alter: 70, taetigkeit: 'ruhestand' });
  actor.send({ type: 'CHANGE', questionId: 'taetigkeit' });
  actor.send({ type: 'BACK' });
  assert.equal(at(actor), 'aufenthalt'); // no "arbeitsfaehigkeit" at 70
});

test('CHANGE from the summary returns to the summary', () => {
  const actor = start();
  answerAndNext(actor, TYPICAL);
  actor.send({ type: 'CHANGE', questionId: 'wohnkosten' });
  assert.equal(at(actor), 'wohnkosten');
  actor.send({ type: 'ANSWER', questionId: 'wohnkosten', value: 700 });
  actor.send({ type: 'NEXT' });
  assert.equal(at(actor), 'summary');
  assert.equal(actor.getSnapshot().context.answers.wohnkosten, 700);
});

test('CHANGE that opens a new branch asks the new question, then returns to the summary and drops what no longer applies', () => {
  const actor = start();
  answerAndNext(actor, TYPICAL);
  actor.send({ type: 'CHANGE', questionId: 'aufenthalt' });
  actor.send({ type: 'ANSWER', questionId: 'aufenthalt', value: 'asylverfahren' });
  actor.send({ type: 'NEXT' });
  assert.equal(at(actor), 'monateInDeutschland');
  actor.send({ type: 'ANSWER', questionId: 'monateInDeutschland', value: 20 });
  actor.send({ type: 'NEXT' });
  assert.equal(at(actor), 'summary');
  actor.send({ type: 'CHANGE', questionId: 'aufenthalt' });
  actor.send({ type: 'ANSWER', questionId: 'aufenthalt', value: 'deutsch' });
  actor.send({ type: 'NEXT' });
  assert.equal(at(actor), 'summary');
  assert.equal(actor.getSnapshot().context.answers.monateInDeutschland, undefined);
});

test('dropUnreachable removes answers to hidden questions and a partner income without a partner', () => {
  const stale: Answers = {
    ...TYPICAL,
    haushalt: { partner: false, kinder: [] },
    monateInDeutschland: 20,
    wohnen: 'ohne-wohnung',
  };
  const kept = dropUnreachable(stale);
  assert.equal(kept.monateInDeutschland, undefined);
  assert.equal(kept.wohnkosten, undefined);
  assert.equal(kept.wohnprobleme, undefined);
  assert.deepEqual(kept.einkommen, { eigenes: '1500-1750' });
  assert.equal(kept.alter, 38);
});

test('a hidden stale answer cannot open a branch', () => {
  // "erwerbsminderung" depends on "arbeitsfaehigkeit", which is hidden at 70.
  const visible = visibleQuestions({ alter: 70, arbeitsfaehigkeit: 'nein-dauerhaft' });
  assert.ok(!visible.includes('erwerbsminderung'));
});

test('an invalid age blocks NEXT with a specific message', () => {
  const cases: [unknown, RegExp][] = [
    [-1, /nicht negativ/],
    [121, /Mehr als 120 Jahre/],
    [40.5, /ganzen Jahren/],
    [undefined, /Zahl ein/],
    [Number.NaN, /Ziffern/],
  ];
  for (const [value, message] of cases) {
    const actor = start();
    actor.send({ type: 'ANSWER', questionId: 'alter', value });
    actor.send({ type: 'NEXT' });
    assert.equal(at(actor), 'alter', String(value));
    const errors = actor.getSnapshot().context.errors;
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, message);
  }
});

test('contradictions get a friendly message on the right field', () => {
  const alone = validateAnswer('einkommen', { haushalt: { partner: false, kinder: [] }, einkommen: { eigenes: 'kein', partner: '250-500' } });
  assert.equal(alone[0]?.field, 'partner');
  assert.match(alone[0]!.message, /ohne Partnerin oder Partner/);

  const child = validateAnswer('haushalt', { alter: 20, haushalt: { partner: false, kinder: [{ alter: 15, schuleOderKita: true }] } });
  assert.equal(child[0]?.field, 'kinder.0.alter');
  assert.match(child[0]!.message, /Kind 1 kann nicht 15 Jahre alt sein/);

  const months = validateAnswer('monateInDeutschland', { alter: 2, monateInDeutschland: 40 });
  assert.match(months[0]!.message, /nicht länger in Deutschland/);

  const asyl = validateAnswer('leistungen', { aufenthalt: 'deutsch', leistungen: ['asylbewerberleistungen'] });
  assert.match(asyl[0]!.message, /deutscher Staatsangehörigkeit/);
});

test('negative and absurd amounts are refused', () => {
  assert.match(validateAnswer('wohnkosten', { wohnen: 'miete', wohnkosten: -5 })[0]!.message, /nicht negativ/);
  assert.match(validateAnswer('wohnkosten', { wohnen: 'miete', wohnkosten: 50000 })[0]!.message, /sehr ungewöhnlich/);
  assert.match(validateAnswer('wohnkosten', { wohnen: 'miete', wohnkosten: 0 })[0]!.message, /Miete an/);
  assert.deepEqual(validateAnswer('wohnkosten', { wohnen: 'eigentum', wohnkosten: 0 }), []);
});

test('"nothing of these" cannot be combined with other answers', () => {
  assert.match(validateAnswer('leistungen', { leistungen: ['keine', 'wohngeld'] })[0]!.message, /Nichts davon/);
  assert.deepEqual(validateAnswer('leistungen', { leistungen: ['wohngeld', 'kinderzuschlag'] }), []);
});

test('the typical answers are valid throughout', () => {
  assert.deepEqual(validateAll(TYPICAL), []);
});

test('RESET deletes every answer and returns to the start', () => {
  const actor = start();
  answerAndNext(actor, TYPICAL);
  actor.send({ type: 'RESET' });
  assert.equal(at(actor), 'start');
  assert.deepEqual(actor.getSnapshot().context.answers, {});
});
