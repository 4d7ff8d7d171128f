/** The mock app in Node (tests, scripts): project files are read from disk. */
import { readFile } from 'node:fs/promises';
import { createMockApp, type MockAppOptions } from './mock-app.ts';

const ROOT = new URL('../../', import.meta.url);

export function createNodeMockApp(options: Partial<MockAppOptions> = {}) {
  return createMockApp({ readJson: async (path) => JSON.parse(await readFile(new URL(path, ROOT), 'utf8')), ...options });
}
