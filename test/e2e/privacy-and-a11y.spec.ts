/**
 * Every page the product serves: no request to any other host (DSGVO; this also proves the vaadin
 * usage-statistics collector never runs) and no axe violation on the demo sites and the portal.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, describeViolations } from './support/axe.ts';
import { ALL_PAGES, DEMO_PAGES } from './support/pages.ts';

for (const path of ALL_PAGES) {
  test(`${path} requests nothing from another host`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Give deferred work (lazy chunks, the portal's router start) a moment to run.
    await page.waitForTimeout(500);
    expect(foreign).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

for (const path of [...DEMO_PAGES, '/portal/']) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => window.Sozialplattform?.ready);
    await page.evaluate(() => window.Sozialplattform!.ready);
    await page.waitForTimeout(300);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
