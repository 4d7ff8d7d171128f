// The reuse data: every Land complete and sourced, every fact traceable to the seed it cites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { LAENDER } from '../../src/geo/laender.ts';
import { LAENDER_REUSE, type SeedFact } from '../../src/onboarding/laender.ts';
import { CHECKLIST, CHECKLIST_ITEM_IDS } from '../../src/onboarding/checklist.ts';
import { KOMMUNALVERTRETER_MODEL, NRW_EXAMPLES } from '../../src/onboarding/reuse-models.ts';
import { SOURCES } from '../../src/onboarding/sources.ts';

// The German source documents live beside the repository (../shared/seeds); checks against them
// are skipped where a checkout has no copy.
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const noSeeds = existsSync(SEEDS) ? false : 'shared/seeds is not beside this checkout';
const seed = (file: string) => readFileSync(new URL(file, SEEDS), 'utf8');
const overview = noSeeds ? '' : seed(SOURCES['efa-nachnutzung-laender'].seedFile);
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('all 16 Länder have a reuse entry, each once, under its own key and name', () => {
  assert.deepEqual(LAENDER_REUSE.map((l) => l.key).sort(), Object.keys(LAENDER).sort());
  for (const land of LAENDER_REUSE) assert.equal(land.name, LAENDER[land.key]?.name, land.key);
});

test('every entry answers all four questions and names its source section and date', { skip: noSeeds }, () => {
  for (const land of LAENDER_REUSE) {
    assert.ok(land.contact.name || land.contact.emails.length || land.contact.also?.length, `${land.name}: no contact`);
    for (const fact of [land.marketplace, land.furtherMarketplace, land.financing] as SeedFact[]) {
      assert.ok(['text', 'link', 'none'].includes(fact.kind), land.name);
      if (fact.kind === 'text') assert.ok(fact.text.length > 5, land.name);
    }
    assert.equal(land.source.document, 'efa-nachnutzung-laender');
    assert.equal(land.source.section, land.name);
    assert.match(land.source.readOn, /^\d{4}-\d{2}-\d{2}$/);
    // The overview has a section of that name.
    assert.ok(overview.includes(`\n${land.name}\n`), `${land.name} missing in the seed`);
  }
});

test('every e-mail address and phone number appears in the seed it cites', { skip: noSeeds }, () => {
  for (const land of LAENDER_REUSE) {
    for (const email of land.contact.emails) assert.ok(overview.includes(email), `${land.name}: ${email}`);
    if (land.contact.phone) assert.ok(flat(overview).replace(/[^\d]/g, '').includes(land.contact.phone.replace(/[^\d]/g, '')), land.name);
  }
});

test('the Kommunalvertreter model has its four agreements, each with a data-processing agreement', () => {
  const agreements = KOMMUNALVERTRETER_MODEL.agreements ?? [];
  assert.deepEqual(
    agreements.map((a) => a.how),
    ['einmal je Land', 'einmal je Leistung', 'einmal je Kommune', 'je Leistung und Kommune'],
  );
  for (const a of agreements.slice(1)) assert.match(a.name, /AVV/);
  assert.equal(NRW_EXAMPLES.length, 2);
});

test('checklist covers organisation, the four dimensions, pilot and go-live with unique ids', () => {
  assert.deepEqual(
    CHECKLIST.map((g) => g.id),
    ['organisation', 'finanziell', 'rechtlich', 'organisatorisch', 'technisch', 'pilot', 'go-live'],
  );
  assert.equal(new Set(CHECKLIST_ITEM_IDS).size, CHECKLIST_ITEM_IDS.length);
  for (const group of CHECKLIST) assert.ok(group.items.length > 0, group.id);
});

test('each source names an existing seed file', { skip: noSeeds }, () => {
  for (const source of Object.values(SOURCES)) assert.ok(seed(source.seedFile).length > 100, source.seedFile);
});
