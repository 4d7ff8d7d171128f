import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ibanChecksumValid, parseAmount, parseDate, taxIdValid } from '../../forms/engine/parse.ts';
import type { GroupField, InputField } from '../../forms/engine/types.ts';
import { validateField, validateInput } from '../../forms/engine/validate.ts';

const input = (type: InputField['type'], extra: Partial<InputField> = {}): InputField => ({ id: 'x', kind: 'input', type, label: 'Feld', example: '', ...extra });
const NOW = new Date('2026-03-11T10:00:00');

describe('IBAN', () => {
  it('accepts a valid IBAN with spaces and lower case', () => {
    assert.equal(ibanChecksumValid('de89 3704 0044 0532 0130 00'), true);
    assert.equal(validateInput(input('iban'), 'DE89 3704 0044 0532 0130 00'), undefined);
  });
  it('rejects a typo through the mod-97 check digits', () => {
    assert.equal(ibanChecksumValid('DE89370400440532013001'), false);
    assert.match(validateInput(input('iban'), 'DE89 3704 0044 0532 0130 01') ?? '', /nicht gültig/);
  });
  it('names the length of a German IBAN that is too short', () => {
    assert.match(validateInput(input('iban'), 'DE89 3704 0044 0532 0130') ?? '', /22 Zeichen, Sie haben 20/);
  });
  it('accepts foreign IBANs with valid check digits', () => {
    assert.equal(validateInput(input('iban'), 'AT61 1904 3002 3457 3201'), undefined);
    assert.equal(validateInput(input('iban'), 'NL91ABNA0417164300'), undefined);
  });
});

describe('dates', () => {
  it('reads German and ISO dates and rejects impossible ones', () => {
    assert.equal(parseDate('17.3.1985'), '1985-03-17');
    assert.equal(parseDate('1985-03-17'), '1985-03-17');
    assert.equal(parseDate('31.02.2020'), null);
    assert.equal(parseDate('29.02.2024'), '2024-02-29');
    assert.equal(parseDate(''), undefined);
  });
  it('keeps a birth date out of the future', () => {
    assert.match(validateInput(input('date', { dateRange: 'past' }), '01.01.2027', NOW) ?? '', /Zukunft/);
    assert.equal(validateInput(input('date', { dateRange: 'past' }), '11.03.2026', NOW), undefined);
  });
  it('explains the expected format', () => {
    assert.match(validateInput(input('date'), '1985/03/17', NOW) ?? '', /17\.03\.1985/);
  });
});

describe('amounts', () => {
  it('reads German notation with thousands dots and decimal comma', () => {
    assert.equal(parseAmount('1.234,50 €'), 1234.5);
    assert.equal(parseAmount('450'), 450);
    assert.equal(parseAmount('450.5'), 450.5);
    assert.ok(Number.isNaN(parseAmount('12,345')));
    assert.ok(Number.isNaN(parseAmount('viel')));
  });
  it('checks bounds with a message in euro', () => {
    assert.match(validateInput(input('amount', { max: 10000 }), '12.000') ?? '', /höchstens 10\.000 €/);
    assert.match(validateInput(input('amount', { min: 0 }), '-5') ?? '', /Betrag in Euro/);
  });
});

describe('other types', () => {
  it('PLZ has five digits', () => {
    assert.equal(validateInput(input('plz'), '44137'), undefined);
    assert.ok(validateInput(input('plz'), '4413'));
    assert.ok(validateInput(input('plz'), '44137a'));
  });
  it('integers, e-mail, phone and Steuer-ID', () => {
    assert.ok(validateInput(input('integer', { min: 5 }), '3'));
    assert.ok(validateInput(input('integer'), '4,5'));
    assert.equal(validateInput(input('email'), 'a@b.de'), undefined);
    assert.ok(validateInput(input('email'), 'a@b'));
    assert.equal(validateInput(input('phone'), '+49 231 12345'), undefined);
    assert.ok(validateInput(input('phone'), 'ruf mich an'));
    assert.equal(taxIdValid('86095742719'), true);
    assert.equal(taxIdValid('86095742718'), false);
  });
  it('limits text length', () => {
    assert.match(validateInput(input('text', { maxLength: 3 }), 'abcd') ?? '', /höchstens 3 Zeichen/);
  });
});

describe('repeatable groups', () => {
  const group: GroupField = {
    id: 'personen',
    kind: 'group',
    label: 'Personen',
    itemLabel: 'Person',
    addLabel: 'Person hinzufügen',
    max: 2,
    fields: [
      { id: 'vorname', kind: 'input', type: 'text', label: 'Vorname', example: 'A' },
      { id: 'art', kind: 'choice', label: 'Art', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
      { id: 'text', kind: 'input', type: 'text', label: 'Was genau?', example: 'x', when: { field: 'art', equals: 'b' } },
    ],
  };
  it('requires at least one item, pointing at the add button', () => {
    assert.deepEqual(validateField(group, {}).map((e) => e.fieldId), ['personen-add']);
  });
  it('names the item and the field, with the DOM id of the control', () => {
    const errors = validateField(group, { personen: [{ vorname: 'Ada', art: 'a' }, { vorname: '', art: 'b' }] });
    assert.deepEqual(errors.map((e) => e.fieldId), ['personen.1.vorname', 'personen.1.text']);
    assert.match(errors[0]!.message, /^Person 2 – Vorname/);
  });
  it('rejects more items than allowed', () => {
    const row = { vorname: 'A', art: 'a' };
    assert.equal(validateField(group, { personen: [row, row, row] }).length, 1);
  });
});
