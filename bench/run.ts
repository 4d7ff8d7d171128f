/**
 * `npm run bench`: builds, runs every `bench/*.bench.ts` in turn and writes their Markdown
 * sections, with date, machine, Node and Chromium versions, to BENCHMARKS.md.
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

const sections: string[] = [];
for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.error(`▶ bench/${file}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  sections.push(result.status === 0 ? result.stdout : `## ${file}\n\nFailed (exit ${result.status}).\n`);
  console.error(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

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
