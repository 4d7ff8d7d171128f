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

export default defineConfig({
  publicDir: 'public',
  resolve: { alias: [usageStatisticsOptOut] },
  plugins: [devLoaderAlias()],
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
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:8080' },
  },
});
