/** Size budgets on the built output (runs after `npm run build`; sizes are deterministic). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSizes } from '../../bench/bundle-sizes.ts';

const KB = 1024;

describe('bundle budgets (gzip)', () => {
  const { entries } = bundleSizes();

  it('loader.js stays within 3 KB, the cost every host page pays', () => {
    const loader = entries.find((e) => e.name === 'loader.js');
    assert.ok(loader, 'dist/loader.js is missing: run npm run build');
    assert.ok(loader.gzip <= 3 * KB, `loader.js is ${(loader.gzip / KB).toFixed(2)} KB gzipped`);
  });
});
