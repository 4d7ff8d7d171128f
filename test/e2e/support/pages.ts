import type { Page } from '@playwright/test';

/** Every page the server shows: the demo municipal sites, the portal and the embedding fixtures. */
export const DEMO_PAGES = ['/demo/dortmund/', '/demo/bielefeld/', '/demo/wuerzburg/'];
export const FIXTURE_PAGES = [
  '/fixtures/hostile-css.html',
  '/fixtures/transformed-ancestor.html',
  '/fixtures/no-lang.html',
  '/fixtures/strict-csp.html',
  '/fixtures/service-off.html',
  '/fixtures/unknown-tenant.html',
  '/fixtures/loaded-twice.html',
  '/fixtures/rtl.html',
];
export const ALL_PAGES = ['/', ...DEMO_PAGES, '/portal/', ...FIXTURE_PAGES];

/**
 * Waits until the loader has handled the configuration and the element has rendered. A function,
 * not a string: pages with a strict CSP refuse string evaluation.
 */
export function widgetReady(page: Page, tag: string, timeout?: number) {
  return page.waitForFunction(
    (t) => Boolean(window.Sozialplattform && document.querySelector(t)?.shadowRoot?.querySelector('.root')),
    tag,
    timeout ? { timeout } : undefined,
  );
}
