/**
 * States of <soz-counselling-finder> for the accessibility sweep (see components/ui/examples.ts),
 * against the in-page mock API with its demo centres: empty, suggestions, place errors, location
 * consent, loading, results, filters, paging, the optional map, no results, errors and the detail view.
 */
import { activate, fill, has, mount, part, parts, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const TAG = 'soz-counselling-finder';
const cards = (el: HTMLElement) => parts(el, '.centres > li');

async function finder(ctx: ExampleContext, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  await ctx.tenant('05913000');
  return mount(ctx, TAG, attributes);
}

async function withResults(ctx: ExampleContext, attributes: Record<string, string> = { place: '44137' }): Promise<HTMLElement> {
  const el = await finder(ctx, attributes);
  await until(() => cards(el).length > 0, 'results');
  return el;
}

/** Types a place and presses Enter, as a citizen who ignores the suggestions. */
async function search(ctx: ExampleContext, el: HTMLElement, text: string): Promise<void> {
  await fill(ctx, el, '#place', text);
  await ctx.user.press('Enter');
}

export const counsellingFinderExamples: Example[] = [
  { name: 'empty: asks for a place, shows helplines', render: (ctx) => finder(ctx) },
  {
    name: 'suggestions while typing',
    from: 'empty: asks for a place, shows helplines',
    async act(el, ctx) {
      await fill(ctx, el, '#place', '4413');
      await until(() => part(el, '#place').getAttribute('aria-expanded') === 'true', 'suggestions');
      await ctx.user.press('ArrowDown');
    },
  },
  {
    name: 'unknown postcode: error summary',
    async render(ctx) {
      const el = await finder(ctx);
      await search(ctx, el, '00000');
      await until(() => el.shadowRoot!.querySelector('[data-error-summary]'), 'error summary');
      return el;
    },
  },
  {
    name: 'postcode of two places: which one is meant',
    async render(ctx) {
      const el = await finder(ctx);
      await search(ctx, el, '73434');
      await until(() => el.shadowRoot!.querySelector('#choice-heading'), 'choice of places');
      return el;
    },
  },
  {
    name: 'location: explained before the browser asks',
    render: async (ctx) => {
      const el = await finder(ctx);
      await activate(ctx, el, 'form > p > button.link');
      return el;
    },
  },
  {
    name: 'location: not available',
    from: 'location: explained before the browser asks',
    async act(el, ctx) {
      // Without a permission the browser refuses the position, as when a citizen says no.
      await activate(ctx, el, '#locate-explain .actions .button:not(.secondary)');
      await until(() => el.shadowRoot!.querySelector('#locate-failed'), 'location refused');
    },
  },
  {
    name: 'loading',
    async render(ctx) {
      ctx.network.hang('/api/centres');
      const el = await finder(ctx, { place: '44137' });
      await until(() => el.shadowRoot!.querySelector('.results[aria-busy="true"]'), 'loading state');
      return el;
    },
  },
  {
    name: 'search failed: retry offered',
    async render(ctx) {
      ctx.network.fail('/api/centres');
      const el = await finder(ctx, { place: '44137' });
      await until(() => el.shadowRoot!.querySelector('.results .notice.error'), 'error state');
      return el;
    },
  },
  { name: 'results', render: (ctx) => withResults(ctx) },
  {
    name: 'searching again: the list stays, marked busy',
    async render(ctx) {
      const el = await withResults(ctx);
      ctx.network.hang('/api/centres');
      part(el, '#radius').focus();
      await ctx.user.press('ArrowDown');
      // A search that takes noticeably long says so in the list's heading.
      await until(() => part(el, '#results-heading').querySelector('.searching'), 'slow search in the heading');
      return el;
    },
  },
  { name: 'filters open', from: 'results', act: (el, ctx) => activate(ctx, el, '.filters summary') },
  {
    name: 'one result after filtering',
    from: 'filters open',
    async act(el, ctx) {
      await activate(ctx, el, 'input[name="topic"][value="suchtberatung"]');
      await until(() => cards(el).length === 1, 'filtered results');
    },
  },
  {
    name: 'detail of a centre',
    from: 'one result after filtering',
    async act(el, ctx) {
      await activate(ctx, el, '.centres .title');
      await until(() => el.shadowRoot!.querySelector('.week'), 'detail view');
    },
  },
  {
    name: 'detail loading',
    async render(ctx) {
      const el = await withResults(ctx);
      ctx.network.hang('/api/centres/:id');
      await activate(ctx, el, '.centres .title');
      await until(() => el.shadowRoot!.querySelector('[aria-busy="true"] #detail-heading'), 'detail loading');
      return el;
    },
  },
  {
    name: 'detail failed',
    async render(ctx) {
      const el = await withResults(ctx);
      ctx.network.fail('/api/centres/:id');
      await activate(ctx, el, '.centres .title');
      await until(() => el.shadowRoot!.querySelector('.notice.error'), 'detail error');
      return el;
    },
  },
  {
    name: 'many results: next page loaded',
    async render(ctx) {
      const el = await withResults(ctx, { place: '44137', radius: '300' });
      await activate(ctx, el, '.results > button.button.secondary');
      await until(() => cards(el).length > 10, 'second page');
      return el;
    },
  },
  {
    name: 'results with the map offered (tenant has a tile source)',
    async render(ctx) {
      await ctx.tenant('05913000', (k) => {
        // The demo tiles the in-page API draws, as the Würzburg demo uses them.
        k.counsellingMap = { tiles: '/demo/tiles/{z}/{x}/{y}.svg', attribution: 'Demo-Kacheln ohne Kartendaten; Orte: GeoNames (CC BY 4.0) und © OpenStreetMap-Mitwirkende (ODbL)' };
      });
      const el = await mount(ctx, TAG, { place: '44137' });
      await until(() => cards(el).length > 0 && has(el, '#map-show'), 'results with the map offer');
      return el;
    },
  },
  {
    name: 'map shown: tiles, numbered markers, zoom and pan',
    from: 'results with the map offered (tenant has a tile source)',
    async act(el, ctx) {
      await activate(ctx, el, '#map-show');
      await until(() => parts(el, '.marker').length === cards(el).length && parts(el, '.tiles img').length > 0, 'the map with a marker per centre');
    },
  },
  {
    name: 'no results nearby: ways to find help anyway',
    async render(ctx) {
      const el = await finder(ctx, { place: '44137', topic: 'schwangerschaftsberatung' });
      await until(() => el.shadowRoot!.querySelector('.suggestions-list'), 'no-results view');
      return el;
    },
  },
];
