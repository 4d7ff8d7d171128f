// Every configurator path generated from the machine (xstate/graph), each checked against the
// loader's own validation: a path that reaches the outputs yields a file the loader accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { LAND_CONFIGS, PLATFORM } from '../../src/onboarding/land-configs.ts';
import { configuratorMachine, type ConfiguratorEvent } from '../../src/onboarding/configurator/machine.ts';
import { checkDraft, stepIssues, stepOf, FORM_STEPS, type FormStep } from '../../src/onboarding/configurator/steps.ts';
import { emptyOffice, type KommuneDraft } from '../../src/onboarding/configurator/draft.ts';
import { configurationFile, einzelabrufe, embedSnippet } from '../../src/onboarding/configurator/outputs.ts';
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { validateResolved } from '../../src/tenant/validate.ts';
import { checkThemeContrast } from '../../src/tenant/rules.ts';

const input = { laender: LAND_CONFIGS, platform: PLATFORM };
type Snapshot = ReturnType<typeof configuratorMachine.transition>;

const AGS: Record<string, string> = { '05': '05913000', '09': '09663000' };
const dortmundFile = readFileSync(new URL('../../data/tenants/kommunen/05913000.json', import.meta.url), 'utf8');
const wuerzburgFile = readFileSync(new URL('../../data/tenants/kommunen/09663000.json', import.meta.url), 'utf8');

/** For each form step a patch that makes it valid and one the loader rejects. */
function patches(step: FormStep, landKey: string): Array<Partial<KommuneDraft>> {
  const land = LAND_CONFIGS[landKey]!;
  const services = land.services.slice(0, 3).map((s) => ({ service: s.service, office: '', onlineApplication: false, applicationKey: '' }));
  switch (step) {
    case 'services':
      return [
        { ags: AGS[landKey]!, name: 'Musterstadt', services },
        { ags: '01001000', name: 'Musterstadt', services },
      ];
    case 'offices': {
      const office = { ...emptyOffice('sozialamt'), name: 'Sozialamt', street: 'Markt 1', postalCode: '44137', city: 'Musterstadt' };
      return [
        { offices: [office], generalOffice: 'sozialamt' },
        { offices: [{ ...office, postalCode: 'abc' }], generalOffice: 'rathaus' },
      ];
    }
    case 'theme':
      return [
        { theme: { primary: '#004b87', onPrimary: '#ffffff', background: '#ffffff', text: '#1b1b1b', focus: '#000000' } },
        { theme: { primary: '#dddddd', onPrimary: '#ffffff', background: '#ffffff', text: '#1b1b1b', focus: '#000000' } },
      ];
    case 'settings': {
      const page = 'https://www.musterstadt.example/';
      return [
        { links: { imprint: page, privacy: page, accessibility: page, feedback: 'mailto:a@musterstadt.example' }, region: { lat: '51.5', lon: '7.4', radiusKm: '20' }, origins: 'https://www.musterstadt.example' },
        { links: { imprint: 'www.musterstadt.example', privacy: page, accessibility: page, feedback: page }, region: { lat: '', lon: '7.4', radiusKm: '20' }, origins: 'https://www.musterstadt.example/pfad/' },
      ];
    }
  }
}

function eventsFor(snapshot: Snapshot): ConfiguratorEvent[] {
  const { landKey } = snapshot.context;
  const value = String(snapshot.value);
  if (value === 'land') {
    return [
      { type: 'SELECT_LAND', key: '05' },
      { type: 'SELECT_LAND', key: '09' },
      { type: 'SELECT_LAND', key: '01' },
      { type: 'IMPORT', fileName: 'dortmund.json', text: dortmundFile },
      { type: 'IMPORT', fileName: 'kaputt.json', text: '{"ags": ' },
      { type: 'IMPORT', fileName: 'kiel.json', text: JSON.stringify({ ...JSON.parse(dortmundFile), ags: '01002000', land: '01' }) },
    ];
  }
  if (value === 'guide') return [{ type: 'CONFIGURE' }, { type: 'CHANGE_LAND' }];
  if (value === 'noLandConfig') return [{ type: 'BACK' }];
  if (value === 'imported') return [{ type: 'EDIT_IMPORTED' }, { type: 'BACK' }];
  if (value === 'preview') return [{ type: 'NEXT' }, { type: 'BACK' }];
  if (value === 'outputs') return [{ type: 'BACK' }, { type: 'RESTART' }];
  const step = value as FormStep;
  return [...patches(step, landKey!).map((patch) => ({ type: 'EDIT' as const, patch })), { type: 'NEXT' }, { type: 'BACK' }];
}

function signature(snapshot: Snapshot): string {
  const { landKey, draft, issues, imported } = snapshot.context;
  return JSON.stringify({ value: snapshot.value, landKey, draft, issues: issues.map((i) => i.path), imported: imported?.fileName });
}

const started = performance.now();
const paths = getShortestPaths(configuratorMachine, { input, events: eventsFor, serializeState: (s) => signature(s as Snapshot) });
const elapsed = performance.now() - started;
const byState = (value: string) => paths.filter((p) => p.state.value === value);

test('the graph reaches every state of the flow, fast', () => {
  const reached = new Set(paths.map((p) => String(p.state.value)));
  for (const state of ['land', 'guide', 'noLandConfig', 'imported', ...FORM_STEPS, 'preview', 'outputs']) assert.ok(reached.has(state), state);
  assert.ok(paths.length > 100, `only ${paths.length} paths`);
  assert.ok(elapsed < 20000, `path generation took ${Math.round(elapsed)} ms`);
});

test('a Land without a configuration never reaches a form step', () => {
  for (const path of paths) {
    if (path.state.context.landKey === '01') assert.ok(['guide', 'noLandConfig', 'land', 'imported'].includes(String(path.state.value)), String(path.state.value));
  }
  assert.ok(byState('noLandConfig').every((p) => p.state.context.landKey === '01'));
});

test('every path to the preview and the outputs carries a configuration the loader accepts', () => {
  const ends = [...byState('preview'), ...byState('outputs')];
  assert.ok(ends.length > 0);
  for (const path of ends) {
    const { draft, landKey } = path.state.context;
    const land = LAND_CONFIGS[landKey!]!;
    const file = JSON.parse(configurationFile(draft!));
    const resolved = resolveTenant(PLATFORM, land, file);
    assert.ok(resolved.ok, JSON.stringify(!resolved.ok && resolved.issues));
    assert.ok(validateResolved(JSON.parse(JSON.stringify(resolved.value))).ok);
    assert.equal(resolved.value.ags.slice(0, 2), landKey);
  }
});

test('a step shows only the loader\'s issues, and only those the user can fix on it or before', () => {
  let withIssues = 0;
  for (const path of paths) {
    const value = String(path.state.value);
    if (!(FORM_STEPS as readonly string[]).includes(value)) continue;
    const { issues } = path.state.context;
    if (!issues.length) continue;
    withIssues++;
    for (const issue of issues) {
      assert.ok(FORM_STEPS.indexOf(stepOf(issue.path)) <= FORM_STEPS.indexOf(value as FormStep), `${issue.path} on ${value}`);
      assert.ok(issue.fix.length > 10);
    }
  }
  assert.ok(withIssues > 0, 'no path showed issues');
});

test('an unreadable contrast is reported with exactly the loader\'s message', () => {
  const path = paths.find((p) => p.state.value === 'theme' && p.state.context.issues.some((i) => i.path.startsWith('theme')));
  assert.ok(path);
  const { draft, issues } = path.state.context;
  assert.deepEqual(
    issues.filter((i) => i.path.startsWith('theme')),
    checkThemeContrast(draft!.theme),
  );
});

test('importing a valid file leads into the steps with the file\'s content; a broken one lists its problems', () => {
  const actor = createActor(configuratorMachine, { input }).start();
  actor.send({ type: 'IMPORT', fileName: 'kaputt.json', text: '{' });
  assert.equal(actor.getSnapshot().value, 'imported');
  assert.equal(actor.getSnapshot().context.imported?.issues.length, 1);
  actor.send({ type: 'EDIT_IMPORTED' });
  assert.equal(actor.getSnapshot().value, 'imported', 'a broken file cannot be edited');

  const bad = JSON.parse(dortmundFile);
  bad.services.push({ service: 'seniorenpass', onlineApplication: false });
  bad.links.imprint = 'impressum.html';
  bad.theme.primary = '#eeeeee';
  actor.send({ type: 'IMPORT', fileName: 'dortmund.json', text: JSON.stringify(bad) });
  const paths = actor.getSnapshot().context.imported!.issues.map((i) => i.path);
  assert.ok(paths.includes('links.imprint'), paths.join());
  assert.ok(paths.includes('theme.primary'), paths.join());

  actor.send({ type: 'IMPORT', fileName: 'dortmund.json', text: dortmundFile });
  assert.deepEqual(actor.getSnapshot().context.imported?.issues, []);
  actor.send({ type: 'EDIT_IMPORTED' });
  const { value, context } = actor.getSnapshot();
  assert.equal(value, 'services');
  assert.equal(context.draft?.name, 'Stadt Dortmund (Demo)');
  const checked = checkDraft(context.draft!, LAND_CONFIGS['05']!, PLATFORM);
  assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.issues));
  // The file survives the round trip through the form unchanged in what the loader sees.
  const original = resolveTenant(PLATFORM, LAND_CONFIGS['05']!, JSON.parse(dortmundFile));
  assert.ok(original.ok && checked.ok);
  assert.deepEqual(checked.tenant, original.value);
});

test('the snippet and the Einzelabruf list name the tenant and its services', () => {
  const land = LAND_CONFIGS['05']!;
  const resolved = resolveTenant(PLATFORM, land, JSON.parse(dortmundFile));
  assert.ok(resolved.ok);
  const snippet = embedSnippet(resolved.value, 'https://widgets.example/loader.js');
  assert.match(snippet, /<script type="module" src="https:\/\/widgets.example\/loader.js" data-tenant="05913000"><\/script>/);
  assert.match(snippet, /<soz-application-form service="hilfe-zum-lebensunterhalt">/);
  assert.doesNotMatch(snippet, /<soz-application-form service="buergergeld">/);
  const list = einzelabrufe(resolved.value);
  assert.equal(list.length, resolved.value.services.length);
  assert.ok(list.every((e) => e.route === 'kommunalvertreter' && e.provider.includes('d-NRW')));
});

test('the counselling map survives import and the form; a broken one is reported on the settings step only', () => {
  const actor = createActor(configuratorMachine, { input }).start();
  actor.send({ type: 'IMPORT', fileName: 'wuerzburg.json', text: wuerzburgFile });
  assert.deepEqual(actor.getSnapshot().context.imported?.issues, []);
  actor.send({ type: 'EDIT_IMPORTED' });
  const draft = actor.getSnapshot().context.draft!;
  const checked = checkDraft(draft, LAND_CONFIGS['09']!, PLATFORM);
  assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.issues));
  assert.deepEqual(checked.tenant.counsellingMap, JSON.parse(wuerzburgFile).counsellingMap);

  assert.deepEqual(draft.map, { tiles: '/demo/tiles/{z}/{x}/{y}.svg', attribution: 'Demo-Kacheln ohne Kartendaten; Orte: GeoNames (CC BY 4.0) und © OpenStreetMap-Mitwirkende (ODbL)', attributionUrl: '', maxZoom: '16' });

  const broken = { ...draft, map: { ...draft.map, tiles: 'http://tiles.example.de/{z}/{x}/{y}.png' } };
  assert.deepEqual(stepIssues('services', broken, LAND_CONFIGS['09']!, PLATFORM), []);
  assert.deepEqual(stepIssues('settings', broken, LAND_CONFIGS['09']!, PLATFORM).map((i) => i.path), ['counsellingMap.tiles']);
  // The map, edited later, does not hide the cross-field checks of an earlier step.
  const earlier = { ...broken, generalOffice: 'nirgends' };
  assert.deepEqual(stepIssues('offices', earlier, LAND_CONFIGS['09']!, PLATFORM).map((i) => i.path), ['generalOffice']);
  assert.equal(stepOf('counsellingMap.tiles'), 'settings');
});

test('without a tile source the file has no map; attribution is then required', () => {
  const actor = createActor(configuratorMachine, { input }).start();
  actor.send({ type: 'IMPORT', fileName: 'dortmund.json', text: dortmundFile });
  actor.send({ type: 'EDIT_IMPORTED' });
  const draft = actor.getSnapshot().context.draft!;
  const checked = checkDraft(draft, LAND_CONFIGS['05']!, PLATFORM);
  assert.ok(checked.ok && !('counsellingMap' in checked.tenant));
  const withTiles = { ...draft, map: { ...draft.map, tiles: 'https://tiles.example.de/{z}/{x}/{y}.png' } };
  assert.deepEqual(stepIssues('settings', withTiles, LAND_CONFIGS['05']!, PLATFORM).map((i) => i.path), ['counsellingMap.attribution']);
});
