/**
 * `npm run bench`: builds, runs every `bench/*.bench.ts` in turn and writes their Markdown
 * sections, with date, machine, Node and Chromium versions, to BENCHMARKS.md. Without a
 * BENCH_DATABASE_URL it starts a throw-away PostgreSQL cluster (as CI does) when one is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromiumPath } from '../scripts/chromium.ts';

const only = process.argv.slice(2);
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const chromium = (() => {
  try {
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'not found';
  }
})();

/** A throw-away cluster from .ci/postgres.sh; its URL for the benches, and how to stop it. */
function startPostgres(): { url: string; stop: () => void } | undefined {
  if (process.env.BENCH_DATABASE_URL) return undefined;
  const port = String(56000 + Math.floor(Math.random() * 1000));
  const started = spawnSync('bash', ['-c', `source .ci/postgres.sh && PG_TEST_PORT=${port} start_test_postgres >&2 && echo "$PG_TEST_DIR $PG_TEST_BIN $TEST_DATABASE_URL"`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (started.status !== 0) {
    console.error('PostgreSQL not available: the API benches run on PGlite only.');
    return undefined;
  }
  const [dir, bin, url] = started.stdout.trim().split(' ') as [string, string, string];
  const stop = () => spawnSync('bash', ['-c', `source .ci/postgres.sh && PG_TEST_DIR=${dir} PG_TEST_BIN=${bin} stop_test_postgres`], { stdio: 'inherit' });
  return { url, stop };
}

const postgres = startPostgres();
const env = { ...process.env, ...(postgres ? { BENCH_DATABASE_URL: postgres.url } : {}) };

const sections: string[] = [];
for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.error(`▶ bench/${file}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env });
  sections.push(result.status === 0 ? result.stdout : `## ${file}\n\nFailed (exit ${result.status}).\n`);
  console.error(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

postgres?.stop();

const header = `# Benchmarks

Produced by \`npm run bench\` (numbers, not pass/fail; size budgets are enforced by tests).

- Date: ${new Date().toISOString()}
- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB
- Node: ${process.version}
- Chromium: ${chromium}
- Command: \`npm run bench${only.length ? ` -- ${only.join(' ')}` : ''}\`
`;
writeFileSync('BENCHMARKS.md', `${header}\n${sections.join('\n')}`);
console.error('Wrote BENCHMARKS.md');
