/**
 * States of <soz-portal> for the accessibility sweep (see components/ui/examples.ts): its start
 * page, a page that does not exist, a legal page, and a widget page (the benefits finder inside).
 * The portal routes by the page's address, so each example first puts the address there (keeping
 * the query, which the test runner needs).
 */
import { mount, until, type Example, type ExampleContext } from '../ui/examples.ts';
import './define.ts';

const BASE = '/portal/';

async function portalAt(ctx: ExampleContext, path: string): Promise<HTMLElement> {
  history.replaceState(null, '', `${BASE}${path}${location.search}`);
  await ctx.tenant('05913000');
  const el = await mount(ctx, 'soz-portal', { 'base-url': BASE });
  await until(() => el.shadowRoot!.querySelector('#outlet h1'), `portal page /${path}`);
  return el;
}

export const portalExamples: Example[] = [
  { name: 'start page', render: (ctx) => portalAt(ctx, '') },
  { name: 'page not found', render: (ctx) => portalAt(ctx, 'gibt-es-nicht') },
  { name: 'accessibility statement', render: (ctx) => portalAt(ctx, 'barrierefreiheit') },
  {
    name: 'benefits finder page',
    async render(ctx) {
      const el = await portalAt(ctx, 'leistungen');
      await until(() => el.shadowRoot!.querySelector('soz-benefits-finder')?.shadowRoot?.querySelector('[data-start]'), 'benefits finder');
      return el;
    },
  },
];
