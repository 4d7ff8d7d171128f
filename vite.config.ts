/**
 * Build: `loader.js` at a stable URL (the one thing host pages reference) plus immutable, hashed
 * chunks loaded on demand. Legacy decorators are lowered by the TS settings in tsconfig.json;
 * standard decorators would reach the browser untransformed (see DEVELOPERS.md).
 */
import { defineConfig, type Plugin } from 'vite';

/** In dev, host pages load `/loader.js` exactly as in production; Vite serves it from source. */
function devLoaderAlias(): Plugin {
  return {
    name: 'soz-dev-loader-alias',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith('/loader.js')) req.url = '/src/loader.ts';
        next();
      });
    },
  };
}

/**
 * @vaadin/router imports a usage-statistics module that reports to vaadin.com from localhost.
 * Its own opt-out runs as an install script, which npm 11 skips, so we resolve the module to the
 * package's no-op variant at build time. test/e2e/privacy.spec.ts proves nothing leaves the page.
 */
export const usageStatisticsOptOut = {
  find: '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics.js',
  replacement: '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js',
};

/** Static CSS text minified: no comments, no needless whitespace; quoted strings stay as written. */
function minifyCssText(text: string): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Minifies the static text of every css`…` template in `code` (the JS minifier leaves template text
 * alone). `${…}` expressions are kept as they are; a template whose expressions contain a string or
 * template literal is left untouched. html`` templates are never touched: their text is part of
 * the message ids of @lit/localize.
 */
export function minifyCssTemplates(code: string): string {
  let out = '';
  let done = 0;
  for (const match of code.matchAll(/\bcss`/g)) {
    const start = match.index + match[0].length;
    if (start <= done) continue;
    // Static texts at even indexes, `${…}` expressions at odd ones.
    const parts: string[] = [];
    let text = '';
    let i = start;
    let ok = true;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        let depth = 1;
        let j = i + 2;
        for (; j < code.length && depth > 0; j++) {
          // Strings or templates inside the expression could hide braces: leave such a template as it is.
          if (code[j] === '`' || code[j] === "'" || code[j] === '"') ok = false;
          if (code[j] === '{') depth++;
          if (code[j] === '}') depth--;
        }
        parts.push(text, code.slice(i, j));
        text = '';
        i = j;
      } else {
        text += code[i];
        i++;
      }
    }
    if (!ok || i >= code.length) continue;
    parts.push(text);
    const minified = parts.map((p, k) => (k % 2 ? p : minifyCssText(p)));
    out += code.slice(done, start) + minified.join('').replace(/^\s+/, '').replace(/\s+$/, '');
    done = i;
  }
  return out + code.slice(done);
}

/** Build only: minify css`` templates of our own sources (Lit's styles are text the JS minifier keeps). */
function minifyCssLiterals(): Plugin {
  return {
    name: 'soz-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

export default defineConfig({
  publicDir: 'public',
  resolve: { alias: [usageStatisticsOptOut] },
  plugins: [devLoaderAlias(), minifyCssLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    manifest: true,
    sourcemap: false,
    rollupOptions: {
      input: { loader: 'src/loader.ts', preview: 'src/preview/main.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Widget chunks carry the widget's name, so a web team can see what a page loads.
        chunkFileNames: (chunk) => {
          const widget = /components\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `chunks/${widget ?? '[name]'}-[hash].js`;
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    // The demo map tiles come from the same server as the API (server/routes/demo-tiles.ts).
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:8080', '/demo/tiles': process.env.API_URL ?? 'http://localhost:8080' },
  },
});
