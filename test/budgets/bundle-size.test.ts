/**
 * Size budgets of issue #11 on the built output (run after `npm run build`; sizes are deterministic).
 * gzip level 9, each file on its own; widgets counted beyond the platform runtime (bench/bundle-sizes.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { BUDGETS, biggestChunks, bundleSizes } from '../../bench/bundle-sizes.ts';

const KB = 1024;
const kb = (n: number) => (n / KB).toFixed(2);

describe('size budgets (gzip)', () => {
  assert.ok(existsSync('dist/.vite/manifest.json'), 'dist/ is missing: run npm run build first');
  const sizes = bundleSizes();

  for (const budget of BUDGETS) {
    it(`${budget.title} ≤ ${budget.limitKb} KB: ${budget.counted}`, () => {
      const figures = budget.figures(sizes);
      assert.ok(figures.length > 0, `nothing to measure for ${budget.title}: is it still built?`);
      const over = figures.filter((f) => f.gzip > budget.limitKb * KB);
      assert.deepEqual(
        over.map((f) => `${f.name}: ${kb(f.gzip)} KB gzip > ${budget.limitKb} KB. Biggest chunks: ${biggestChunks('dist', f)}`),
        [],
      );
    });
  }
});
