/**
 * The process entry as an operator runs it: `node --import tsx server/main.ts`. A database that is
 * not there stops it with a clear message and exit code 1; PGlite data survive a restart; dist/ is served.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function listening(proc: ReturnType<typeof start>, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /läuft auf (http:\/\/localhost:\d+)\//.exec(proc.output());
    if (match) return match[1]!;
    if (proc.child.exitCode !== null) throw new Error(`exited early:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not listening:\n${proc.output()}`);
}

describe('server/main.ts', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'soz-main-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('a database that cannot be reached stops the start with a message and exit code 1', async () => {
    const proc = start({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    assert.equal(await proc.exited, 1);
    assert.match(proc.output(), /Datenbank nicht erreichbar/);
    assert.match(proc.output(), /Database unavailable/);
    assert.doesNotMatch(proc.output(), /secret/, 'the password is not printed');
  });

  test('on PGlite: answers /api/health, serves dist/, and keeps its data across a restart', async () => {
    const dist = join(tmp, 'dist');
    mkdirSync(join(dist, 'chunks'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(dist, 'loader.js'), 'export {};');
    writeFileSync(join(dist, 'chunks', 'finder-abc123.js'), 'export {};');
    const env = { PGLITE_DIR: join(tmp, 'pglite'), DIST_DIR: dist, SEED_CENTRES: '2000' };

    const first = start(env);
    try {
      const base = await listening(first);
      const health = await fetch(`${base}/api/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(((await health.json()) as { status: string }).status, 'ok');
      const index = await fetch(`${base}/`);
      assert.match(await index.text(), /<title>Demo<\/title>/);
      const chunk = await fetch(`${base}/chunks/finder-abc123.js`);
      assert.match(chunk.headers.get('cache-control') ?? '', /immutable/);
      assert.match(chunk.headers.get('content-type') ?? '', /javascript/);
      const loader = await fetch(`${base}/loader.js`);
      assert.doesNotMatch(loader.headers.get('cache-control') ?? '', /immutable/);
      assert.equal((await fetch(`${base}/..%2f..%2fpackage.json`)).status, 404);
      assert.equal((await fetch(`${base}/nichts.html`)).status, 404);
      const centres = await fetch(`${base}/api/centres?lat=51.5136&lon=7.4653&radiusKm=25`);
      assert.ok(((await centres.json()) as { total: number }).total > 0, 'real centre data around Dortmund');
      assert.match(first.output(), /"seededCentres":2000/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }

    const second = start(env);
    try {
      const base = await listening(second);
      assert.match(second.output(), /"seededCentres":0/, 'no second seed');
      const centres = await fetch(`${base}/api/centres?lat=51.5136&lon=7.4653&radiusKm=25`);
      assert.ok(((await centres.json()) as { total: number }).total > 0);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
