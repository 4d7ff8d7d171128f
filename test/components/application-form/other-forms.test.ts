import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/application-form/define.ts';
import type { SozApplicationForm } from '../../../components/application-form/application-form.component.ts';
import { deleteDraft } from '../../../forms/engine/draft-store.ts';
import { discardActor } from '../../../src/flows/actor-registry.ts';
import { useDemoTenant } from '../support/tenant.ts';
import { fillVisibleStep, heading, office, pressButton, worker } from './support.ts';

const DORTMUND = '05913000';
const FORMS = [
  { service: 'bildung-und-teilhabe', formId: 'but-antrag', title: 'Antrag auf Leistungen für Bildung und Teilhabe' },
  { service: 'mietrueckstaende', formId: 'mietschulden-antrag', title: 'Antrag auf Übernahme von Mietschulden' },
];

describe('<soz-application-form> with the other forms', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());

  for (const form of FORMS) {
    it(`${form.service}: every step by keyboard, accessible, submitted once`, async function () {
      this.timeout(40_000);
      await useDemoTenant(DORTMUND);
      discardActor(`application-form:${DORTMUND}:${form.service}`);
      await deleteDraft(DORTMUND, form.formId);
      office.stored.clear();
      const el = await fixture<SozApplicationForm>(html`<soz-application-form service=${form.service}></soz-application-form>`);
      const root = el.shadowRoot!;
      await waitUntil(() => heading(root)?.textContent?.trim() === form.title, 'start page', { timeout: 5000 });
      await expect(el).to.be.accessible();
      await pressButton(root, 'Antrag beginnen');
      for (let guard = 0; guard < 15 && !/Prüfen Sie/.test(heading(root)?.textContent ?? ''); guard++) {
        await waitUntil(() => heading(root));
        const title = heading(root)!.textContent!.trim();
        await fillVisibleStep(root);
        await expect(el, title).to.be.accessible();
        await pressButton(root, /^Weiter( zur Übersicht)?$/);
        await waitUntil(() => heading(root)?.textContent?.trim() !== title, `stuck on ${title}: ${root.querySelector('[data-error-summary]')?.textContent}`, { timeout: 5000 });
      }
      for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][name^="erklaerung."]')) {
        box.focus();
        await sendKeys({ press: 'Space' });
      }
      await expect(el).to.be.accessible();
      await pressButton(root, 'Antrag verbindlich absenden');
      await waitUntil(() => heading(root)?.textContent?.trim() === 'Ihr Antrag ist eingegangen', 'receipt', { timeout: 8000 });
      expect(office.stored.size).to.equal(1);
      expect([...office.stored.values()][0]!.body.service).to.equal(form.service);
    });
  }
});
