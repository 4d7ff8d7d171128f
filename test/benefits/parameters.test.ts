// Legal parameters as dated data: the right value for the right day, and the estimates built on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parametersAt, PARAMETERS } from '../../src/benefits/parameters/index.ts';
import { entryAt } from '../../src/benefits/parameters/dated.ts';
import { ALTERSGRENZEN, altersgrenzeFuer, ERWERBSTAETIGENFREIBETRAG, MEHRBEDARF_ALLEINERZIEHENDE, REGELBEDARFE } from '../../src/benefits/parameters/lebensunterhalt.ts';
import { freibetrag, mehrbedarfAlleinerziehend } from '../../src/benefits/estimate.ts';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

test('Regelbedarfsstufe 1 is 502 € in 2023 and 563 € from 2024 to 2026 (Nullrunden, § 28a Abs. 5 SGB XII)', () => {
  assert.equal(entryAt(REGELBEDARFE, day('2023-12-31'))?.value.rbs1, 502);
  assert.equal(entryAt(REGELBEDARFE, day('2024-01-01'))?.value.rbs1, 563);
  assert.equal(entryAt(REGELBEDARFE, day('2026-12-31'))?.value.rbs1, 563);
  assert.equal(entryAt(REGELBEDARFE, day('2027-01-01')), undefined, '2027 is a Neuermittlung without a known value');
});

test('the SGB II asset rules switch to the UNVERIFIED reform on 1 July 2026', () => {
  assert.equal(parametersAt(day('2026-06-30')).sgb2Vermoegen?.reliability, 'primary');
  const reform = parametersAt(day('2026-07-01')).sgb2Vermoegen;
  assert.equal(reform?.reliability, 'unverified');
  assert.equal(reform?.value.kind, 'altersgestaffelt');
});

test('SGB XII Schonvermögen rose from 5,000 € to 10,000 € on 1 January 2023', () => {
  assert.equal(parametersAt(day('2022-12-31')).sgb12Schonvermoegen?.value.proErwachsenem, 5000);
  assert.equal(parametersAt(day('2023-01-01')).sgb12Schonvermoegen?.value.proErwachsenem, 10000);
});

test('Regelaltersgrenze by year of birth (§ 41 Abs. 2 SGB XII)', () => {
  const table = ALTERSGRENZEN[0]!.value;
  assert.deepEqual(altersgrenzeFuer(table, 1940), [65, 0]);
  assert.deepEqual(altersgrenzeFuer(table, 1959), [66, 2]);
  assert.deepEqual(altersgrenzeFuer(table, 1960), [66, 4]);
  assert.deepEqual(altersgrenzeFuer(table, 1980), [67, 0]);
});

test('Erwerbstätigenfreibetrag (§ 11b SGB II): 100 €, then 20 %, 30 %, 10 %', () => {
  const p = ERWERBSTAETIGENFREIBETRAG[0]!.value;
  assert.equal(freibetrag(100, false, p), 100);
  assert.equal(Math.round(freibetrag(520, false, p)), 184);
  assert.equal(Math.round(freibetrag(1000, false, p)), 328);
  assert.equal(Math.round(freibetrag(2000, false, p)), 348);
  assert.equal(Math.round(freibetrag(2000, true, p)), 378);
});

test('Mehrbedarf für Alleinerziehende (§ 21 Abs. 3 SGB II): 36 % for one child under 7, 12 % per child otherwise', () => {
  const p = MEHRBEDARF_ALLEINERZIEHENDE[0]!.value;
  assert.equal(mehrbedarfAlleinerziehend({ partner: false, kinder: [{ alter: 4, schuleOderKita: true }] }, 563, p), 202.68);
  assert.equal(mehrbedarfAlleinerziehend({ partner: false, kinder: [{ alter: 16, schuleOderKita: true }] }, 563, p), 67.56);
  assert.equal(mehrbedarfAlleinerziehend({ partner: true, kinder: [{ alter: 4, schuleOderKita: true }] }, 563, p), 0);
});

test('every parameter entry has a source, ISO dates and non-overlapping periods', () => {
  for (const [id, series] of Object.entries(PARAMETERS)) {
    const entries = [...series].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    entries.forEach((e, i) => {
      assert.match(e.validFrom, /^\d{4}-\d{2}-\d{2}$/, id);
      if (e.validUntil) assert.ok(e.validUntil >= e.validFrom, id);
      assert.ok(e.source.length > 3, id);
      const next = entries[i + 1];
      if (next) assert.ok(e.validUntil !== undefined && e.validUntil < next.validFrom, `${id}: periods overlap`);
    });
  }
});
