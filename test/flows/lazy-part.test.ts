// A part of a widget that loads on demand: loaded once, shared by every caller, and loadable again after the network failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyPart } from '../../src/flows/lazy-part.ts';

test('loads once however many callers ask, and keeps the module', async () => {
  let imports = 0;
  const part = lazyPart(async () => ({ n: ++imports }));
  assert.equal(part.value, undefined);
  const [a, b] = await Promise.all([part.load(), part.load()]);
  assert.equal(a, b);
  assert.equal(imports, 1);
  assert.deepEqual(part.value, { n: 1 });
  await part.load();
  assert.equal(imports, 1);
});

test('after a failed load (offline), the next load tries again and succeeds', async () => {
  let online = false;
  const part = lazyPart(async () => {
    if (!online) throw new TypeError('Failed to fetch dynamically imported module');
    return { ok: true };
  });
  await assert.rejects(part.load(), /Failed to fetch/);
  assert.equal(part.value, undefined);
  online = true;
  assert.deepEqual(await part.load(), { ok: true });
  assert.deepEqual(part.value, { ok: true });
});

test('prefetch loads when the browser is idle and swallows a failure until someone needs the part', async () => {
  let imports = 0;
  const part = lazyPart(async () => {
    imports++;
    throw new Error('offline');
  });
  part.prefetch();
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(imports, 1);
  await assert.rejects(part.load(), /offline/);
  assert.equal(imports, 2);
});
