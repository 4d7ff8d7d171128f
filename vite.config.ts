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

export default defineConfig({
  publicDir: 'public',
  plugins: [devLoaderAlias()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
    rollupOptions: {
      input: { loader: 'src/loader.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:8080' },
  },
});
