/** Cross-cutting HTTP behaviour: contract document, reference page, security headers, CORS, request ids. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openApiDocument } from '../../src/contract/openapi.ts';
import { problem } from '../../src/contract/problem.ts';
import { body, openTestApp, type TestApp } from './support/app.ts';
import { TEST_DATABASES } from './support/databases.ts';

const db = TEST_DATABASES[0]!;

describe('HTTP surface', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp(db);
  });
  after(() => t.close());

  test('every route of the app is in the OpenAPI document, and nothing more', () => {
    const routed = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/docs/style.css')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(openApiDocument().paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    assert.deepEqual([...routed].sort(), [...documented].sort());
  });

  test('serves the OpenAPI 3.1 document with resolvable references', async () => {
    const response = await t.app.request('/api/openapi.json');
    assert.equal(response.status, 200);
    const doc = await body<{ openapi: string; components: { schemas: Record<string, unknown> } }>(response);
    assert.equal(doc.openapi, '3.1.0');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 10);
    for (const ref of refs) assert.ok(ref in doc.components.schemas, `unresolved $ref ${ref}`);
  });

  test('the reference page is self-contained HTML under a strict CSP', async () => {
    const response = await t.app.request('/api/docs');
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /GET <\/span> <code>\/api\/centres<\/code>|<code>\/api\/centres<\/code>/);
    assert.doesNotMatch(html, /<script|https?:\/\/cdn|style="/i);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    const css = await t.app.request('/api/docs/style.css');
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  });

  test('security headers on every response, errors included', async () => {
    for (const path of ['/api/health', '/api/centres?lat=x', '/api/nichts', '/']) {
      const response = await t.app.request(path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      assert.ok(response.headers.get('x-request-id'), path);
    }
    const api = await t.app.request('/api/health');
    assert.match(api.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(api.headers.get('x-frame-options'), 'DENY');
  });

  test('unknown API paths are 404 problem+json', async () => {
    const response = await t.app.request('/api/gibt-es-nicht');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    problem.parse(await response.json());
  });

  test('CORS allows exactly the origins of the tenant configs', async () => {
    const allowed = await t.app.request('/api/tenants/05913000/config', { headers: { Origin: 'https://www.dortmund.example.org' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.dortmund.example.org');
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);

    const foreign = await t.app.request('/api/tenants/05913000/config', { headers: { Origin: 'https://evil.example.com' } });
    assert.equal(foreign.status, 200, 'a simple request is answered; the browser withholds it');
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);

    const preflight = await t.app.request('/api/centres/search', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.dortmund.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);

    const foreignPreflight = await t.app.request('/api/centres/search', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(foreignPreflight.status, 403);
    assert.equal(foreignPreflight.headers.get('access-control-allow-origin'), null);
  });

  test('keeps a well-formed incoming request id and replaces a hostile one', async () => {
    const kept = await t.app.request('/api/health', { headers: { 'X-Request-Id': 'lb-0123456789abcdef' } });
    assert.equal(kept.headers.get('x-request-id'), 'lb-0123456789abcdef');
    const replaced = await t.app.request('/api/health', { headers: { 'X-Request-Id': '"}{"forged":1 ../../etc' } });
    assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});
