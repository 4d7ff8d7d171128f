// Component tests: each file under test/components runs in Debian's Chromium via Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFileSync } from 'node:fs';
import { mockApiMiddleware, mockApiPlugin } from './src/mocks/wtr-plugin.js';

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * JSON modules (`import data from './x.json' with { type: 'json' }`): esbuild drops the import
 * attribute, so module requests for .json get it as JavaScript; fetch() still gets plain JSON.
 */
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (ctx) => (ctx.get('sec-fetch-dest') === 'script' ? 'json-module' : undefined),
  transform(ctx) {
    if (!ctx.path.endsWith('.json') || ctx.get('sec-fetch-dest') !== 'script') return undefined;
    return { body: `export default ${ctx.body};`, headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', vary: 'sec-fetch-dest' } };
  },
};

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' }),
    // The in-page mock API (src/mocks) runs PGlite in the browser.
    mockApiPlugin(),
    jsonModules,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs, headless: true },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  middleware: [
    mockApiMiddleware(),
    // Same opt-out as vite.config.ts: the usage-statistics module must never load its collector.
    (ctx, next) => {
      if (ctx.path.endsWith('/@vaadin/vaadin-usage-statistics/vaadin-usage-statistics.js')) {
        ctx.path = ctx.path.replace(/vaadin-usage-statistics\.js$/, 'vaadin-usage-statistics-optout.js');
        ctx.url = ctx.path;
      }
      return next();
    },
    // MSW's service worker must come from the root so that its scope covers the test pages.
    (ctx, next) => {
      if (ctx.path !== '/mockServiceWorker.js') return next();
      ctx.type = 'application/javascript';
      ctx.body = mswWorker;
      return undefined;
    },
  ],
};
