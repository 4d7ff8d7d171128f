/**
 * `npm test`: every check in order, stopping at the first failure. Messages → type check → lint →
 * unit and server tests (node:test) → component tests (web-test-runner, Chromium) → build → size
 * budgets → e2e (Playwright).
 * `npm test -- --only=unit,components` runs a subset while developing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

function filesUnder(dir: string, suffix: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip.includes(path)) continue;
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix, skip));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

const steps: Array<{ name: string; command: string; args: () => string[] }> = [
  // Messages are extracted first so that a string without translation fails the XLIFF test.
  { name: 'i18n', command: 'npx', args: () => ['lit-localize', 'extract'] },
  { name: 'i18n-build', command: 'npx', args: () => ['lit-localize', 'build'] },
  { name: 'types', command: 'npx', args: () => ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: 'npx', args: () => ['eslint', '--max-warnings=0', '.'] },
  {
    name: 'unit',
    command: process.execPath,
    args: () => [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      ...filesUnder('test', '.test.ts', [join('test', 'components'), join('test', 'e2e'), join('test', 'budgets')]),
    ],
  },
  { name: 'components', command: 'npx', args: () => ['web-test-runner'] },
  { name: 'build', command: 'npm', args: () => ['run', 'build'] },
  { name: 'budgets', command: process.execPath, args: () => ['--import', 'tsx', '--test', ...filesUnder(join('test', 'budgets'), '.test.ts')] },
  { name: 'e2e', command: 'npx', args: () => ['playwright', 'test'] },
];

for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args(), { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${step.name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
