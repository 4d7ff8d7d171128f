// Checklist progress (kept per Land on the device, exported as JSON and Markdown) and the theme
// step's live contrast verdict, which must agree with the loader's rule pair by pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearProgress, loadProgress, progressJson, progressMarkdown, saveProgress, toggleItem } from '../../src/onboarding/checklist-progress.ts';
import { CHECKLIST_ITEM_IDS } from '../../src/onboarding/checklist.ts';
import { contrastVerdicts } from '../../src/onboarding/configurator/contrast-verdict.ts';
import { checkThemeContrast } from '../../src/tenant/rules.ts';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

test('ticked items are kept per Land and come back after a reload', () => {
  const storage = memoryStorage();
  const [first, second] = CHECKLIST_ITEM_IDS;
  let nrw = loadProgress('05', storage);
  nrw = toggleItem(nrw, second!, true, new Date('2026-11-24T10:00:00Z'));
  nrw = toggleItem(nrw, first!, true);
  saveProgress(nrw, storage);
  assert.deepEqual(loadProgress('05', storage).done, [first, second], 'kept in checklist order');
  assert.deepEqual(loadProgress('09', storage).done, [], 'another Land starts empty');
  saveProgress(toggleItem(loadProgress('05', storage), first!, false), storage);
  assert.deepEqual(loadProgress('05', storage).done, [second]);
  clearProgress(storage);
  assert.deepEqual(loadProgress('05', storage).done, []);
});

test('unreadable storage and unknown item ids do not break the checklist', () => {
  const storage = memoryStorage();
  storage.setItem('soz-onboarding-checklist', '{kaputt');
  assert.deepEqual(loadProgress('05', storage).done, []);
  storage.setItem('soz-onboarding-checklist', JSON.stringify({ '05': { version: 1, landKey: '05', done: ['weg/alt', CHECKLIST_ITEM_IDS[0]], updatedAt: '' } }));
  assert.deepEqual(loadProgress('05', storage).done, [CHECKLIST_ITEM_IDS[0]]);
});

test('the export lists every item with its state', () => {
  const progress = toggleItem(loadProgress('05', memoryStorage()), 'rechtlich/einzelabruf', true, new Date('2026-11-24T10:00:00Z'));
  const md = progressMarkdown(progress, 'Nordrhein-Westfalen');
  assert.match(md, /^# Anbindung an die Sozialplattform – Nordrhein-Westfalen/);
  assert.match(md, /- \[x\] Für jede Leistung den Einzelabruf/);
  assert.equal(md.match(/- \[[ x]\]/g)?.length, CHECKLIST_ITEM_IDS.length);
  const json = JSON.parse(progressJson(progress, 'Nordrhein-Westfalen'));
  assert.equal(json.items.length, CHECKLIST_ITEM_IDS.length);
  assert.deepEqual(json.items.filter((i: { done: boolean }) => i.done).map((i: { id: string }) => i.id), ['rechtlich/einzelabruf']);
});


test('the live contrast verdict fails exactly the pairs the loader rejects, with its messages', () => {
  const theme = { primary: '#dddddd', onPrimary: '#ffffff', background: '#ffffff', text: '#777777', focus: '#000000' };
  const verdicts = contrastVerdicts(theme);
  const failing = verdicts.filter((v) => v.issue).map((v) => v.issue);
  assert.deepEqual(failing, checkThemeContrast(theme));
  assert.equal(failing.length, 3);
  const passing = verdicts.find((v) => v.foreground === 'focus')!;
  assert.ok(passing.ratio! >= 3 && !passing.issue);
  // Every pair the rule can fail is one of ours.
  const allBad = { primary: '#ffffff', onPrimary: '#ffffff', background: '#ffffff', text: '#ffffff', focus: '#ffffff' };
  assert.equal(contrastVerdicts(allBad).filter((v) => v.issue).length, checkThemeContrast(allBad).length);
});
