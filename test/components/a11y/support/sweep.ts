/**
 * The accessibility sweep over one widget's examples (components/<widget>/<widget>.examples.ts).
 *
 * German and Arabic (RTL): each state is reached from a fresh element in that language, then axe
 * (WCAG 2.2 A/AA, target-size included) and the layout and preference checks of layout.ts run.
 * The other five languages: on the German walk, each state is switched to the language in place
 * (as the language choice in a widget's footer does, re-rendering every text) and axe runs again.
 * That keeps the sweep fast; texts a widget produced at the moment of an action (e.g. a message
 * the flow stored) stay in the language they were produced in.
 *
 * States that continue one another ("from") run in list order on one element; a state whose
 * predecessor is not on screen is reached again from a fresh element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { pathTo, type Example, type ExampleContext, type ExampleUser } from '../../../../components/ui/examples.ts';
import { LOCALES, RTL_LOCALES, type Locale } from '../../../../src/i18n/locales.ts';
import { ensureLocale } from '../../../../src/i18n/localize.ts';
import { startMockApi, type MockApi } from '../../../../src/mocks/browser.ts';
import { setTenantState } from '../../../../src/tenant/store.ts';
import { demoTenant } from '../../support/tenant.ts';
import { KNOWN_FINDINGS } from '../known-findings.ts';
import { axeFindings } from './axe.ts';
import { formatFindings, sortFindings, type Finding, type KnownFinding, type Where } from './findings.ts';
import { DESKTOP, layoutFindings } from './layout.ts';

export interface SweepOptions {
  /** Start the in-page mock API (src/mocks) once for the file. */
  api?: boolean;
  /** Which part of the widget's examples this file sweeps, for the title (large widgets are split over files). */
  part?: string;
  /** Languages to sweep (default: all; for debugging one). */
  locales?: readonly Locale[];
}

/** Walked from a fresh element, with every check. */
const WALKED: readonly Locale[] = ['de', 'ar'];

const user: ExampleUser = {
  async type(control, text) {
    control.focus();
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.select();
    await sendKeys({ type: text });
  },
  press: (key) => sendKeys({ press: key }),
};

export function sweep(widget: string, examples: readonly Example[], options: SweepOptions = {}): void {
  const locales = options.locales ?? LOCALES;
  const walked = WALKED.filter((l) => locales.includes(l));
  const switched = locales.filter((l) => !WALKED.includes(l));
  const ledger = KNOWN_FINDINGS.filter((k) => k.widget === widget);
  const seen = new Set<KnownFinding>();
  const host = document.createElement('div');
  host.className = 'sweep-host';
  let mock: MockApi | undefined;
  let startUrl = '';
  /** The element on screen and the state it is in, for states that continue from it. */
  let live: { name: string; element: HTMLElement } | undefined;

  /** What was checked and where the time went, for the summary line at the end. */
  const tally = { combinations: 0, layoutRuns: 0, tabStops: 0, started: 0 };
  const spent = new Map<string, number>();
  const time = (phase: string, ms: number) => spent.set(phase, (spent.get(phase) ?? 0) + ms);
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      time(phase, performance.now() - t0);
    }
  };

  const api = () => {
    if (!mock) throw new Error(`The sweep of ${widget} runs without the mock API (sweep option api).`);
    return mock;
  };
  const tenants = new Map<string, Awaited<ReturnType<typeof demoTenant>>>();
  const ctx: ExampleContext = {
    host,
    user,
    async tenant(ags, change) {
      const tenant = change ? await demoTenant(ags, change) : (tenants.get(ags) ?? (await demoTenant(ags)));
      if (!change) tenants.set(ags, tenant);
      setTenantState({ status: 'ready', tenant, apiBase: '/api/' });
    },
    network: {
      hang: (path, method = 'GET') => api().worker.use(http[method.toLowerCase() as 'get'](`*${path}`, () => delay('infinite'))),
      fail: (path, method = 'GET') => api().worker.use(http[method.toLowerCase() as 'get'](`*${path}`, () => HttpResponse.error())),
      restore: () => mock?.worker.resetHandlers(),
    },
  };

  /** Brings the live element into `example`'s state; a failure says what was on screen. */
  async function reach(example: Example): Promise<HTMLElement> {
    const current = live;
    live = undefined;
    try {
      let element: HTMLElement | undefined;
      if ('from' in example && current?.name === example.from && current.element.isConnected) {
        element = current.element;
        await example.act(element, ctx);
      } else {
        host.replaceChildren();
        mock?.worker.resetHandlers();
        history.replaceState(null, '', startUrl);
        for (const step of pathTo(examples, example.name)) {
          if ('from' in step) await step.act(element!, ctx);
          else element = await step.render(ctx);
        }
      }
      live = { name: example.name, element: element! };
      return element!;
    } catch (error) {
      const screen = [...host.children].map((e) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 400)).join(' | ');
      throw new Error(`${(error as Error).message}\n      on screen: ${screen}`);
    }
  }

  /** Puts the page language on the host and waits until the widget speaks it. */
  async function speak(element: HTMLElement | undefined, locale: Locale): Promise<void> {
    host.lang = locale;
    host.dir = RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
    await ensureLocale(locale);
    const root = () => element?.shadowRoot?.querySelector('.root');
    for (let i = 0; i < 100 && element && root()?.getAttribute('lang') !== locale; i++) await new Promise((r) => setTimeout(r, 20));
    if (element) expect(root()?.getAttribute('lang'), 'the widget speaks the page language').to.equal(locale);
  }

  /** Fails with every finding the ledger does not know; known ones pass with a warning. */
  function judge(groups: Array<{ where: Where; findings: Finding[] }>): void {
    const fresh: string[] = [];
    for (const { where, findings } of groups) {
      const sorted = sortFindings(ledger, seen, where, findings);
      if (sorted.known.length) console.warn(`known, not fixed: ${formatFindings(where, sorted.known)}`);
      if (sorted.fresh.length) fresh.push(formatFindings(where, sorted.fresh));
    }
    expect(fresh, fresh.join('\n')).to.deep.equal([]);
  }

  describe(`accessibility sweep: <${widget}>${options.part ? ` (${options.part})` : ''}`, function () {
    this.timeout(60_000);

    before(async function () {
      this.timeout(90_000);
      tally.started = performance.now();
      startUrl = location.href;
      document.body.append(host);
      await setViewport(DESKTOP);
      if (options.api) mock = await timed('mock API start', () => startMockApi());
    });

    after(async function () {
      this.timeout(30_000);
      host.remove();
      history.replaceState(null, '', startUrl);
      await mock?.stop();
      const seconds = ((performance.now() - tally.started) / 1000).toFixed(1);
      const phases = [...spent].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ');
      console.log(
        `a11y sweep <${widget}>${options.part ? ` (${options.part})` : ''}: ${examples.length} states, ` +
          `${tally.combinations} state×language combinations passed axe, ${tally.layoutRuns} passed all layout checks (${tally.tabStops} controls focused by Tab), ${seconds} s (${phases})`,
      );
    });

    for (const locale of walked) {
      const others = locale === walked[0] ? switched : [];
      describe(others.length ? `${locale} (and ${others.join(', ')} switched in place)` : locale, () => {
        before(async () => {
          live = undefined;
          host.replaceChildren();
          await speak(undefined, locale);
        });

        for (const example of examples) {
          let element: HTMLElement | undefined;

          it(`${example.name} › ${locale}: axe`, async () => {
            element = undefined;
            const where = { widget, state: example.name, locale, check: 'axe' };
            if (host.lang !== locale) await speak(undefined, locale);
            try {
              element = await timed('reach', () => reach(example));
            } catch (error) {
              // A state that cannot be reached is a finding too (e.g. it flickers); only the ledger excuses it.
              judge([{ where, findings: [{ id: 'state-not-reached', rule: 'the state could not be reached', nodes: [(error as Error).message] }] }]);
              return;
            }
            await timed('language', () => speak(element, locale));
            judge([{ where, findings: await timed('axe', () => axeFindings(element!)) }]);
            tally.combinations++;
          });

          it(`${example.name} › ${locale}: layout and preferences`, async function () {
            // The axe test above has already failed (or been excused) if the state could not be reached.
            if (!element?.isConnected) this.skip();
            const { tabStops, results } = await layoutFindings(element!, time);
            tally.tabStops += tabStops;
            judge(results.map(({ check, findings }) => ({ where: { widget, state: example.name, locale, check }, findings })));
            tally.layoutRuns++;
          });

          for (const other of others) {
            it(`${example.name} › ${other}: axe`, async function () {
              if (!element?.isConnected) this.skip();
              try {
                await timed('language', () => speak(element, other));
                judge([{ where: { widget, state: example.name, locale: other, check: 'axe' }, findings: await timed('axe', () => axeFindings(element!)) }]);
                tally.combinations++;
              } finally {
                // Back to the walk's language before the next state continues from this one.
                if (other === others.at(-1)) await timed('language', () => speak(element, locale));
              }
            });
          }
        }
      });
    }

    // A suite of its own: mocha runs a suite's own tests before its child suites, this must come last.
    describe('ledger', () => {
      it('every finding in the ledger of known findings still occurs', function () {
        if (options.locales) this.skip();
        const stale = ledger.filter((k) => !seen.has(k));
        expect(stale.map((k) => `${k.check} ${k.id} ${k.state ?? ''} ${k.locale ?? ''}`), 'fixed: remove from known-findings.ts').to.deep.equal([]);
      });
    });
  });
}
