/**
 * The contract served two ways: /api/openapi.json (machine) and /api/docs (people). The page is
 * rendered here from the same document, with no script and no third-party assets.
 */
import { Hono } from 'hono';
import { openApiDocument } from '../../src/contract/openapi.ts';
import type { AppEnv } from '../app-env.ts';
import { DOCS_CSS, renderDocs } from './docs-page.ts';

export function docsRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(openApiDocument());
  });
  let page: string | undefined;
  app.get('/api/docs', (c) => {
    page ??= renderDocs(openApiDocument());
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(page);
  });
  app.get('/api/docs/style.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(DOCS_CSS);
  });
  return app;
}
