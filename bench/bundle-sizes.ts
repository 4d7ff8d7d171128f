/**
 * Reads dist/ (after `npm run build`) and reports gzip and brotli bytes per entry and per widget,
 * a widget counted with every chunk it statically imports (what a page pays on first sight).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

export interface SizeRow {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>;

function measure(files: string[]): Omit<SizeRow, 'name' | 'files'> {
  const bytes = Buffer.concat(files.map((f) => readFileSync(`dist/${f}`)));
  // Files travel one by one, so each is compressed on its own, as a server would.
  const each = files.map((f) => readFileSync(`dist/${f}`));
  return {
    raw: bytes.length,
    gzip: each.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: each.reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

/** A chunk plus everything it statically imports, transitively. */
function closure(all: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = all[key];
  if (!chunk) return [];
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => closure(all, k, seen))];
}

export function bundleSizes(): { entries: SizeRow[]; chunks: SizeRow[] } {
  const all = manifest();
  const entries: SizeRow[] = [];
  const chunks: SizeRow[] = [];
  for (const [key, chunk] of Object.entries(all)) {
    if (!chunk.file.endsWith('.js')) continue;
    chunks.push({ name: chunk.file, files: [chunk.file], ...measure([chunk.file]) });
    if (chunk.isEntry || (chunk.isDynamicEntry && key.includes('components/') && key.endsWith('define.ts'))) {
      const files = closure(all, key);
      const name = chunk.isEntry ? chunk.file : `<${key.split('/')[1]}> (with shared chunks)`;
      entries.push({ name, files, ...measure(files) });
    }
  }
  chunks.sort((a, b) => b.gzip - a.gzip);
  return { entries, chunks };
}
