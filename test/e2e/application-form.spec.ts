/**
 * A complete application for Hilfe zum Lebensunterhalt on the Dortmund demo site, keyboard only,
 * through to the authority side: the stored ciphertext is fetched, decrypted with the office's
 * (demo) private key by scripts/decrypt-submission.ts and validated against the form's JSON Schema.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { axeViolations, describeViolations } from './support/axe.ts';
import { widgetReady } from './support/pages.ts';
import { definition } from '../../forms/hilfe-zum-lebensunterhalt/definition.ts';
import type { SimpleField } from '../../forms/engine/types.ts';

const TAG = 'soz-application-form';
const run = promisify(execFile);

const examples = new Map<string, string>();
for (const step of definition().steps) {
  for (const field of step.fields) {
    const simple: SimpleField[] = field.kind === 'group' ? [...field.fields] : field.kind === 'document' ? [] : [field];
    for (const f of simple) if (f.kind === 'input') examples.set(f.id, f.example);
  }
}
const exampleFor = (id: string) => examples.get(id) ?? examples.get(id.split('.').pop()!);

interface Focus {
  tag: string;
  type: string;
  id: string;
  text: string;
  value: string;
  checked: boolean;
}

function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      value: typeof input?.value === 'string' ? input.value : '',
      checked: Boolean(input?.checked),
    };
  });
}

const heading = (page: Page) => page.locator(TAG).locator('#heading');

/** Tabs through the step: types each example, picks the first option of each radio group, presses "Weiter". */
async function fillStepByKeyboard(page: Page, submitText: RegExp): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await focus(page);
    if (f.tag === 'button' && submitText.test(f.text)) {
      await page.keyboard.press('Enter');
      return;
    }
    if ((f.tag === 'input' && ['text', 'email', 'tel'].includes(f.type)) || f.tag === 'textarea') {
      const example = exampleFor(f.id);
      if (!f.value && example) await page.keyboard.type(example);
    } else if (f.tag === 'input' && f.type === 'radio' && !f.checked) {
      await page.keyboard.press('Space');
    } else if (f.tag === 'input' && f.type === 'checkbox' && f.id.startsWith('erklaerung.') && !f.checked) {
      await page.keyboard.press('Space');
    }
  }
  throw new Error('Submit button not reached by Tab');
}

test('HzL application on /demo/dortmund/ by keyboard, decrypted and schema-valid on the authority side', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/applications')) bodies.push(request.postData() ?? '');
  });
  await page.goto('/demo/dortmund/');
  await widgetReady(page, TAG);
  await expect(heading(page)).toHaveText('Antrag auf Hilfe zum Lebensunterhalt');
  expect(describeViolations(await axeViolations(page, TAG))).toBe('');

  // Into the widget by keyboard: focus the start button and press Enter.
  await page.locator(TAG).getByRole('button', { name: 'Antrag beginnen' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Angaben zu Ihrer Person');
  await expect.poll(async () => (await focus(page)).id).toBe('heading');

  const steps: string[] = [];
  for (let guard = 0; guard < 15; guard++) {
    const title = (await heading(page).textContent())?.trim() ?? '';
    if (title === 'Prüfen Sie Ihre Angaben') break;
    steps.push(title);
    await fillStepByKeyboard(page, /^Weiter( zur Übersicht)?$/);
    await expect(heading(page)).not.toHaveText(title);
    await expect.poll(async () => (await focus(page)).id, { message: `focus after ${title}` }).toBe('heading');
  }
  expect(steps).toHaveLength(definition().steps.length);
  expect(describeViolations(await axeViolations(page, TAG))).toBe('');

  await fillStepByKeyboard(page, /Antrag verbindlich absenden/);
  await expect(heading(page)).toHaveText('Ihr Antrag ist eingegangen', { timeout: 20_000 });
  const reference = (await page.locator(TAG).locator('.reference').textContent())!.trim();
  expect(reference).toMatch(/^SP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(describeViolations(await axeViolations(page, TAG))).toBe('');

  // Only ciphertext and metadata went to the server.
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).not.toContain('Yılmaz');
  expect(bodies[0]).not.toContain('DE89');
  expect(JSON.parse(bodies[0]!)).toMatchObject({ service: 'hilfe-zum-lebensunterhalt', tenant: '05913000', formId: 'hzl-antrag' });

  // The PDF copy is made on the device.
  const download = page.waitForEvent('download');
  await page.locator(TAG).getByRole('button', { name: /Kopie des Antrags speichern/ }).focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe(`Antrag-${reference}.pdf`);

  // The authority side: fetch, decrypt, validate, acknowledge.
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/decrypt-submission.ts', '--reference', reference, '--api', baseURL!, '--key', 'data/tenants/demo-keys/dortmund-sozialamt.private.jwk.json', '--json', '--ack'],
    { env: { ...process.env, AUTHORITY_TOKEN: '' } },
  );
  const result = JSON.parse(stdout) as { valid: boolean; issues: string[]; fachdaten: Record<string, unknown> };
  expect(result.issues).toEqual([]);
  expect(result.valid).toBe(true);
  expect(result.fachdaten['fim.person.familienname']).toBe('Yılmaz');
  expect(result.fachdaten['fim.bank.iban']).toBe('DE89370400440532013000');
  expect(result.fachdaten['hzl.wohnung.kaltmiete']).toBe(420);

  // After the acknowledgement the server holds no ciphertext any more.
  const after = await page.request.get(`/api/authority/applications/${reference}`, { headers: { Authorization: 'Bearer demo-behoerde-nur-fuer-entwicklung' } });
  expect((await after.json()).ciphertext).toBeNull();
});
