/**
 * Reads a build (dist/ after `npm run build`) and says what a host page pays, in gzip and brotli
 * bytes, each file compressed on its own as a server sends it:
 * - the platform runtime: loader.js and what it loads on every page (config validation, tenant
 *   store, theme), paid once per page whatever the number of widgets;
 * - per widget, incrementally beyond that runtime: its initial load (the define chunk with every
 *   chunk it statically imports, Lit and XState included), each lazily loaded part, and the total;
 * - per application form: the form widget's initial load plus that form's definition chunks;
 * - the floor: a minimal Lit element built with the same Vite configuration (see bench/floor/).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface SizeRow {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

export interface WidgetSizes {
  /** The custom element's tag, e.g. `soz-benefits-finder`. */
  tag: string;
  /** What the page loads on first sight of the tag: the define chunk's static closure minus the platform runtime. */
  initial: SizeRow;
  /** Each lazily imported part (named by its source module), counting only what initial and runtime do not already bring. */
  lazy: SizeRow[];
  /** Initial and every lazy part together. */
  total: SizeRow;
}

export interface BundleSizes {
  loader: SizeRow;
  /** loader.js plus the chunks it always loads. */
  platform: SizeRow;
  widgets: WidgetSizes[];
  /** `<soz-application-form>` per form: initial load plus the form's definition (name = the form's folder). */
  forms: SizeRow[];
  /** One row per translation, loaded only on pages in that language (German is built in). */
  translations: SizeRow[];
  /** Every JavaScript chunk on its own, biggest first. */
  chunks: SizeRow[];
}

const readManifest = (dist: string): Manifest => JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

export function measure(dist: string, name: string, files: Iterable<string>): SizeRow {
  const list = [...new Set(files)];
  const each = list.map((f) => readFileSync(join(dist, f)));
  return {
    name,
    files: list,
    raw: each.reduce((sum, b) => sum + b.length, 0),
    gzip: each.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: each.reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

/** A chunk's file plus every file it statically imports, transitively. */
function closure(all: Manifest, key: string, into = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return into;
  seen.add(key);
  const chunk = all[key];
  if (!chunk) return into;
  into.add(chunk.file);
  for (const k of chunk.imports ?? []) closure(all, k, into, seen);
  return into;
}

const keyOfFile = (all: Manifest, file: string): string | undefined => Object.keys(all).find((k) => all[k]!.file === file);
const isWidgetDefine = (key: string): boolean => /^components\/[^/]+\/define\.ts$/.test(key);
const minus = (files: Iterable<string>, ...paid: ReadonlySet<string>[]): string[] => [...files].filter((f) => !paid.some((p) => p.has(f)));

/** loader.js with its static imports and the chunks it always imports dynamically (the boot stage). */
function platformFiles(all: Manifest): Set<string> {
  const files = closure(all, 'src/loader.ts');
  for (const key of all['src/loader.ts']?.dynamicImports ?? []) closure(all, key, files);
  return files;
}

/** Translations load only for a page in another language than German; they are reported on their own. */
const isLocale = (key: string): boolean => key.startsWith('locales/');

/** A lazy part by its source, short: "result-part", "definition (mietrueckstaende)", "encrypt". */
function partName(chunk: ManifestChunk, key: string): string {
  const src = chunk.src ?? chunk.name ?? key;
  const form = /^forms\/([^/]+)\/definition\.ts$/.exec(src)?.[1];
  return form ? `definition (${form})` : src.replace(/^.*\//, '').replace(/\.ts$/, '');
}

/** The lazily imported parts reachable from `initial`, breadth first, each counting only what is not counted yet. */
function lazyParts(dist: string, all: Manifest, initial: ReadonlySet<string>, platform: ReadonlySet<string>): SizeRow[] {
  const counted = new Set(initial);
  const rows: SizeRow[] = [];
  const queue = [...initial].map((f) => keyOfFile(all, f)).filter((k): k is string => k !== undefined);
  const seen = new Set(queue);
  while (queue.length) {
    for (const dynamic of all[queue.shift()!]!.dynamicImports ?? []) {
      if (isWidgetDefine(dynamic) || isLocale(dynamic) || seen.has(dynamic)) continue;
      seen.add(dynamic);
      const reached = closure(all, dynamic);
      const extra = minus(reached, platform, counted);
      if (extra.length) rows.push(measure(dist, partName(all[dynamic]!, dynamic), extra));
      extra.forEach((f) => counted.add(f));
      queue.push(dynamic);
      for (const file of reached) {
        const key = keyOfFile(all, file);
        if (key && !seen.has(key)) {
          seen.add(key);
          queue.push(key);
        }
      }
    }
  }
  return rows;
}

export function bundleSizes(dist = 'dist'): BundleSizes {
  const all = readManifest(dist);
  const platform = platformFiles(all);
  const widgets: WidgetSizes[] = [];
  const forms: SizeRow[] = [];
  for (const key of Object.keys(all).filter(isWidgetDefine).sort()) {
    const tag = `soz-${key.split('/')[1]}`;
    const initialFiles = new Set(minus(closure(all, key), platform));
    const lazy = lazyParts(dist, all, initialFiles, platform);
    widgets.push({
      tag,
      initial: measure(dist, `<${tag}> initial`, initialFiles),
      lazy,
      total: measure(dist, `<${tag}> total`, [...initialFiles, ...lazy.flatMap((r) => r.files)]),
    });
    if (tag === 'soz-application-form') {
      for (const definition of Object.keys(all).filter((k) => /^forms\/[^/]+\/definition\.ts$/.test(k)).sort()) {
        const files = [...initialFiles, ...minus(closure(all, definition), platform)];
        forms.push(measure(dist, definition.split('/')[1]!, files));
      }
    }
  }
  const chunks = Object.values(all)
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => measure(dist, c.file, [c.file]))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    loader: measure(dist, 'loader.js', closure(all, 'src/loader.ts')),
    platform: measure(dist, 'platform runtime: loader + start', platform),
    widgets,
    forms,
    translations: Object.keys(all)
      .filter(isLocale)
      .sort()
      .map((k) => measure(dist, k.replace(/^locales\/generated\//, '').replace(/\.ts$/, ''), [all[k]!.file])),
    chunks,
  };
}

/** What `files` are, chunk by chunk, biggest first: for messages that explain a size. */
export function biggestChunks(dist: string, row: SizeRow, count = 5): string {
  return row.files
    .map((f) => measure(dist, f, [f]))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count)
    .map((c) => `${c.name.replace(/^chunks\//, '')} ${(c.gzip / 1024).toFixed(1)} KB`)
    .join(', ');
}

/**
 * The floor: bench/floor/floor-element.ts built with this project's Vite configuration (same
 * target and minifier) into a temporary directory, so the figure moves with the toolchain.
 */
export async function floorSize(): Promise<SizeRow> {
  const { build, loadConfigFromFile } = await import('vite');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', undefined, 'silent');
  if (!loaded) throw new Error('vite.config.ts not found');
  const config = loaded.config;
  const outDir = mkdtempSync(join(tmpdir(), 'soz-floor-'));
  try {
    await build({
      ...config,
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        ...config.build,
        outDir,
        emptyOutDir: true,
        rollupOptions: { ...config.build?.rollupOptions, input: { floor: 'bench/floor/floor-element.ts' } },
      },
    });
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    return measure(outDir, 'floor: minimal Lit element', files);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A size budget of issue #11 and the figures it applies to (one per form for the application form). */
export interface Budget {
  title: string;
  /** What is counted, in words, for test names and the report. */
  counted: string;
  limitKb: number;
  figures: (sizes: BundleSizes) => SizeRow[];
}

const widgetInitial = (tag: string) => (sizes: BundleSizes): SizeRow[] => sizes.widgets.filter((w) => w.tag === tag).map((w) => w.initial);
const INITIAL = 'initial load beyond the platform runtime, Lit and XState included';

export const BUDGETS: readonly Budget[] = [
  { title: 'loader.js', counted: 'loader.js with its static imports, the script every host page includes', limitKb: 3, figures: (s) => [s.loader] },
  { title: '<soz-benefits-finder>', counted: INITIAL, limitKb: 30, figures: widgetInitial('soz-benefits-finder') },
  { title: '<soz-counselling-finder>', counted: INITIAL, limitKb: 30, figures: widgetInitial('soz-counselling-finder') },
  {
    title: '<soz-counselling-finder> map',
    counted: 'the optional map, loaded only on "Karte anzeigen", beyond what the finder already loaded',
    limitKb: 8,
    figures: (s) => s.widgets.filter((w) => w.tag === 'soz-counselling-finder').flatMap((w) => w.lazy.filter((part) => part.name === 'map-part')),
  },
  { title: '<soz-appointment-booking>', counted: INITIAL, limitKb: 30, figures: widgetInitial('soz-appointment-booking') },
  {
    title: '<soz-application-form>, per form',
    counted: 'initial load plus the form definition, beyond the platform runtime: engine, XState and Lit included',
    limitKb: 45,
    figures: (s) => s.forms,
  },
];
