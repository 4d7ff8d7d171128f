/** Reads the demo tenant configs from data/tenants/ (Node only; the browser mocks fetch them). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function readTenantFiles(root = new URL('../../data/tenants/', import.meta.url).pathname) {
  const list = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => read(join(root, dir, f)));
  return { platform: read(join(root, 'platform.json')), laender: list('laender'), kommunen: list('kommunen') };
}
