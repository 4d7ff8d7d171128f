import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio } from '../../src/theme/contrast.ts';

describe('WCAG contrast ratio', () => {
  it('is 21:1 for black on white and 1:1 for equal colours', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
    assert.equal(contrastRatio('#777777', '#777777'), 1);
  });
  it('matches the WebAIM checker for #767676 on white (4.54:1, the lightest AA grey)', () => {
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
  });
  it('does not depend on the order of the colours', () => {
    assert.equal(contrastRatio('#a3131b', '#ffffff'), contrastRatio('#ffffff', '#a3131b'));
  });
});
