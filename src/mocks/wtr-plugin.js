// Web Test Runner support for the in-page mock API (src/mocks/browser.ts), which runs PGlite:
// 1. PGlite's bundle mentions Node built-ins behind runtime checks (dynamic imports it never takes
//    in a browser); the dev server must still resolve them, so they resolve to an empty module.
// 2. PGlite's binary files (.wasm, .data) must be served byte for byte; the dev server's own
//    pipeline treats files as text. The middleware serves them straight from node_modules.
import { readFile } from 'node:fs/promises';

const NODE_BUILTINS = /^(node:)?(fs|fs\/promises|module|stream|stream\/promises|util|zlib|path|url|crypto|os|child_process|worker_threads)$/;
const STUB = '/__node-builtin-stub.js';
const ROOT = new URL('../../', import.meta.url);

export function mockApiPlugin() {
  return {
    name: 'mock-api-node-builtins',
    resolveImport({ source }) {
      return NODE_BUILTINS.test(source) ? STUB : undefined;
    },
    serve(context) {
      if (context.path === STUB) return { body: 'export default {};\n', type: 'js' };
      return undefined;
    },
  };
}

export function mockApiMiddleware() {
  return async (ctx, next) => {
    const match = /^\/node_modules\/@electric-sql\/pglite\/dist\/[\w.-]+\.(wasm|data)$/.exec(ctx.path);
    if (!match) return next();
    ctx.type = match[1] === 'wasm' ? 'application/wasm' : 'application/octet-stream';
    ctx.body = await readFile(new URL(ctx.path.slice(1), ROOT));
    return undefined;
  };
}
