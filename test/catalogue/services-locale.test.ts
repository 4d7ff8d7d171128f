// The catalogue's texts are looked up when read, not when the module loads: after a language switch at
// runtime the same entries speak the new language, and citations stay as they are. Runs the real
// @lit/localize runtime with a two-message English catalogue instead of the generated locale modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configureLocalization } from '@lit/localize';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';

// The runtime announces locale changes on `window`; Node has EventTarget and CustomEvent but no window.
Object.assign(globalThis, { window: new EventTarget() });

const ENGLISH = {
  'catalogue.wohngeld.name': 'Wohngeld (housing benefit)',
  'catalogue.doc.mietvertrag': 'Tenancy agreement',
};
const { setLocale } = configureLocalization({
  sourceLocale: 'de',
  targetLocales: ['en'],
  loadLocale: async () => ({ templates: ENGLISH }),
});

test('an entry read after the switch to English is in English; untranslated texts stay German', async () => {
  const wohngeld = SERVICE_CATALOGUE.find((s) => s.id === 'wohngeld')!;
  assert.equal(wohngeld.name, 'Wohngeld');
  const citations = wohngeld.legalBasis.map((b) => b.citation);

  await setLocale('en');
  assert.equal(wohngeld.name, 'Wohngeld (housing benefit)');
  assert.ok(wohngeld.documents.includes('Tenancy agreement'), 'a shared document follows the language too');
  assert.ok(!wohngeld.documents.includes('Mietvertrag'));
  assert.equal(wohngeld.executingAuthority, 'Wohngeldbehörde der Stadt, Gemeinde oder des Kreises', 'falls back to German');
  assert.deepEqual(
    wohngeld.legalBasis.map((b) => b.citation),
    citations,
  );

  await setLocale('de');
  assert.equal(wohngeld.name, 'Wohngeld');
});
