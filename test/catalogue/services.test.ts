// The service catalogue: complete, unique, schema-valid and dated, so the API and the finder can rely on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { serviceInfo } from '../../src/catalogue/service-info.ts';
import { INFO_SERVICE_IDS, LEISTUNG_IDS, MODULE_IDS } from '../../src/catalogue/service-ids.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (value: string): boolean => ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

test('every module, OZG service and information service appears exactly once', () => {
  const expected = [...MODULE_IDS, ...LEISTUNG_IDS, ...INFO_SERVICE_IDS].sort();
  const actual = SERVICE_CATALOGUE.map((s) => s.id).sort();
  assert.deepEqual(actual, expected);
});

test('every entry passes the catalogue schema', () => {
  for (const entry of SERVICE_CATALOGUE) {
    const result = serviceInfo.safeParse(entry);
    assert.ok(result.success, `${entry.id}: ${JSON.stringify(result.error?.issues)}`);
  }
});

test('the kind matches the id list the service belongs to', () => {
  for (const entry of SERVICE_CATALOGUE) {
    const kind = (MODULE_IDS as readonly string[]).includes(entry.id)
      ? 'modul'
      : (LEISTUNG_IDS as readonly string[]).includes(entry.id)
        ? 'leistung'
        : 'information';
    assert.equal(entry.kind, kind, entry.id);
  }
});

test('all dates are real ISO calendar dates and no source is dated in the future of the research', () => {
  for (const entry of SERVICE_CATALOGUE) {
    assert.ok(isIsoDate(entry.validFrom), `${entry.id} validFrom ${entry.validFrom}`);
    if (entry.validUntil !== undefined) assert.ok(isIsoDate(entry.validUntil), `${entry.id} validUntil`);
    for (const basis of entry.legalBasis) {
      assert.ok(isIsoDate(basis.asOf), `${entry.id} ${basis.citation} asOf ${basis.asOf}`);
      assert.ok(basis.asOf <= new Date().toISOString().slice(0, 10), `${entry.id} ${basis.citation} is dated in the future`);
      if (basis.url !== undefined) assert.match(basis.url, /^https?:\/\//, `${entry.id} ${basis.citation}`);
    }
  }
});

test('every OZG and information service names its legal basis, an authority and an offline route', () => {
  for (const entry of SERVICE_CATALOGUE.filter((s) => s.kind !== 'modul')) {
    if (entry.id !== 'pflegewohnung' && entry.id !== 'seniorenpass') {
      assert.ok(entry.legalBasis.length > 0, `${entry.id} has no legal basis`);
      assert.ok(entry.legalBasis.every((b) => /§|Verordnung/.test(b.citation)), `${entry.id} cites no §`);
    }
    assert.ok(entry.executingAuthority.length > 0, entry.id);
    assert.ok(entry.offlineRoute.length > 20, entry.id);
  }
});

test('each summary is two plain sentences', () => {
  for (const entry of SERVICE_CATALOGUE) {
    const sentences = entry.summary.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
    assert.equal(sentences.length, 2, `${entry.id}: ${entry.summary}`);
  }
});
