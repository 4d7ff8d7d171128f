import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../forms/mietrueckstaende/definition.ts';
import { pathTests, submitAs } from './support/form-suite.ts';

const def = definition();

describe('Mietschulden: generated paths', () => pathTests(def));

describe('Mietschulden: persona (Herr Becker, fristlose Kündigung, Räumungsklage zugestellt)', () => {
  it('records the dates the Schonfrist runs from, and pays the landlord', async () => {
    const { payload } = await submitAs(def, {
      'miet.kuendigung.stand': 'fristlos',
      'miet.kuendigung.datum': '15.02.2026',
      'miet.raeumungsklage': 'ja',
      'miet.raeumungsklage.zugestellt': '02.03.2026',
      'miet.rueckstand.art': ['miete', 'nebenkosten'],
      'miet.rueckstand.betrag': '1.440,00',
    });
    assert.equal(payload.fachdaten['miet.raeumungsklage.zugestellt'], '2026-03-02');
    assert.equal(payload.fachdaten['miet.kuendigung.datum'], '2026-02-15');
    assert.equal(payload.fachdaten['miet.rueckstand.betrag'], 1440);
    assert.equal(payload.fachdaten['miet.zahlung.iban'], 'DE02120300000000202051');
    assert.equal(payload.fachdaten['miet.rueckstand.sperre'], undefined, 'no energy debts, no question about a cut-off');
  });

  it('without a Kündigung the Kündigung date is neither asked nor sent', async () => {
    const { payload } = await submitAs(def, { 'miet.kuendigung.stand': 'angedroht', 'miet.kuendigung.datum': '15.02.2026', 'miet.raeumungsklage': 'nein' });
    assert.equal(payload.fachdaten['miet.kuendigung.datum'], undefined);
    assert.equal(payload.fachdaten['miet.raeumungsklage.zugestellt'], undefined);
  });
});
