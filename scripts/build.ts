/**
 * `npm run build`: locale modules from XLIFF, the widgets with Vite, then the artefacts generated from their sources:
 * the tenant-config JSON Schema and custom-elements.json.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { kommuneConfig, landConfig, resolvedTenant } from '../src/tenant/schema.ts';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The generated locale modules must match the translators' XLIFF files.
run('npx', ['lit-localize', 'build']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);

const schemas = {
  'tenant-config.schema.json': { schema: kommuneConfig, title: 'Sozialplattform – Konfiguration einer Kommune' },
  'land-config.schema.json': { schema: landConfig, title: 'Sozialplattform – Nachnutzung eines Landes' },
  'resolved-tenant.schema.json': { schema: resolvedTenant, title: 'Sozialplattform – aufgelöste Mandantenkonfiguration' },
};
for (const [file, { schema, title }] of Object.entries(schemas)) {
  writeFileSync(`dist/${file}`, `${JSON.stringify({ title, ...z.toJSONSchema(schema) }, null, 2)}\n`);
}

run('npx', ['cem', 'analyze', '--litelement', '--globs', 'components/**/*.component.ts', '--outdir', 'dist', '--quiet']);
