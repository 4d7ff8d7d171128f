/**
 * Helpers for the application-form tests: a boundary mock of POST /api/applications (MSW) that
 * stores one application per idempotency key like the real API, and a keyboard "citizen" that
 * fills the visible step with each field's example answer.
 */
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { definition as but } from '../../../forms/bildung-und-teilhabe/definition.ts';
import { definition as hzl } from '../../../forms/hilfe-zum-lebensunterhalt/definition.ts';
import { definition as miet } from '../../../forms/mietrueckstaende/definition.ts';
import type { SimpleField } from '../../../forms/engine/types.ts';

export interface MockOffice {
  down: boolean;
  /** Every request that reached the "server", by idempotency key. */
  stored: Map<string, { body: Record<string, unknown>; reference: string }>;
  attempts: number;
}

export const office: MockOffice = { down: false, stored: new Map(), attempts: 0 };

export const worker = setupWorker(
  http.post('*/api/applications', async ({ request }) => {
    office.attempts++;
    if (office.down) return HttpResponse.error();
    const key = request.headers.get('Idempotency-Key') ?? '';
    const existing = office.stored.get(key);
    if (existing) return HttpResponse.json({ reference: existing.reference, receivedAt: '2026-03-11T09:00:00.000Z' });
    const reference = `SP-TEST-${office.stored.size + 1}`;
    office.stored.set(key, { body: (await request.json()) as Record<string, unknown>, reference });
    return HttpResponse.json({ reference, receivedAt: '2026-03-11T09:00:00.000Z' }, { status: 201 });
  }),
);

const allFields = new Map<string, SimpleField>();
for (const step of [hzl(), but(), miet()].flatMap((d) => d.steps)) {
  for (const field of step.fields) {
    if (field.kind === 'group') for (const sub of field.fields) allFields.set(sub.id, sub);
    else if (field.kind !== 'document') allFields.set(field.id, field);
  }
}

/** The example answer of a control id (`fim.person.vorname` or `group.0.vorname`). */
const exampleFor = (id: string): string | undefined => {
  const field = allFields.get(id) ?? allFields.get(id.split('.').pop()!);
  return field?.kind === 'input' ? field.example : undefined;
};

/** Types each empty text field's example and picks the first option of each radio group. */
export async function fillVisibleStep(root: ShadowRoot): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('form input[type=text], form input[type=email], form input[type=tel], form textarea')) {
      if (input.value) continue;
      const example = exampleFor(input.id);
      if (example === undefined) continue;
      input.focus();
      await sendKeys({ type: example });
      changed = true;
    }
    for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('form fieldset:not(.group-item)')) {
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (!radios.length || radios.some((r) => r.checked)) continue;
      radios[0]!.focus();
      await sendKeys({ press: 'Space' });
      changed = true;
    }
    for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('form fieldset')) {
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      if (!boxes.length || boxes.some((b) => b.checked) || fieldset.id.startsWith('erklaerung.')) continue;
      boxes[0]!.focus();
      await sendKeys({ press: 'Space' });
      changed = true;
    }
    // New fields may appear after an answer (conditions); go round again.
    await new Promise((r) => setTimeout(r, 0));
    if (!changed) break;
  }
}

export async function pressButton(root: ShadowRoot, text: string | RegExp): Promise<void> {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? '')));
  if (!button) throw new Error(`No button ${text}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
}

export const heading = (root: ShadowRoot) => root.getElementById('heading');
