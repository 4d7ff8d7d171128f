/**
 * The counselling finder's optional map on the built output: a lazy part of its own, outside the
 * finder's initial load (whose 30 KB budget is "without the optional map"). Its size budget is in
 * bench/bundle-sizes.ts with the others.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { bundleSizes } from '../../bench/bundle-sizes.ts';

describe('counselling map', () => {
  assert.ok(existsSync('dist/.vite/manifest.json'), 'dist/ is missing: run npm run build first');
  const finder = bundleSizes().widgets.find((w) => w.tag === 'soz-counselling-finder');
  const map = finder?.lazy.find((part) => part.name === 'map-part');

  it('is loaded only on demand, not with the finder', () => {
    assert.ok(finder, 'no <soz-counselling-finder> in the build');
    assert.ok(map, `no lazy part "map-part"; lazy parts: ${finder.lazy.map((p) => p.name).join(', ') || 'none'}`);
    const initial = finder.initial.files.map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
    assert.doesNotMatch(initial, /referrerpolicy/, 'map code (tile images) found in the initial load');
  });
});
