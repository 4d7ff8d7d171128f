/**
 * Serves the built widgets and demo sites from dist/ (Node only). Hashed chunks are immutable;
 * everything else is revalidated. A missing dist/ answers 404 with a hint to build first.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Not there: the caller answers 404.
  }
  return undefined;
}

export function serveDist(root: string): MiddlewareHandler {
  const base = normalize(root).replace(/[\\/]+$/, '');
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (path.includes('\0')) return next();
    const target = normalize(join(base, path));
    // Never leave dist/ (../ or encoded variants).
    if (target !== base && !target.startsWith(base + sep)) return next();
    // The portal routes in the browser: its deep links all get the portal's page.
    const file = (await fileAt(target)) ?? (path.startsWith('/portal/') ? await fileAt(join(base, 'portal')) : undefined);
    if (!file) {
      if (path === '/' || path === '/index.html') {
        return c.text('Die Oberfläche ist noch nicht gebaut: bitte `npm run build` ausführen (oder `npm start`).', 404);
      }
      return next();
    }
    const immutable = path.startsWith('/chunks/');
    const headers = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(await readFile(file)), 200, headers);
  };
}
