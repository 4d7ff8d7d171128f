/**
 * States of the stand-ins for the accessibility sweep (see components/ui/examples.ts): the fallback
 * where a service is not switched on (module and application form, default and a tenant theme), and
 * the notice when nothing could be loaded (connection, broken configuration).
 */
import { setTenantState } from '../../src/tenant/store.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { mount, type Example, type ExampleContext } from '../ui/examples.ts';
import { defineFallback, defineUnavailable } from './define.ts';

defineFallback('soz-example-booking-off', 'terminvereinbarung');
defineFallback('soz-example-form-off', undefined);
defineUnavailable('soz-example-offline', 'network');
defineUnavailable('soz-example-broken', 'invalid-config');

/** Bielefeld has booking switched off; the examples offer it in every language. */
const bielefeld = (ctx: ExampleContext) => ctx.tenant('05711000', (k) => (k.locales = [...LOCALES]));

export const fallbackExamples: Example[] = [
  {
    name: 'booking not switched on: responsible office',
    async render(ctx) {
      await bielefeld(ctx);
      return mount(ctx, 'soz-example-booking-off');
    },
  },
  {
    name: 'application form not online: paper route',
    async render(ctx) {
      await bielefeld(ctx);
      return mount(ctx, 'soz-example-form-off', { service: 'hilfe-zum-lebensunterhalt' });
    },
  },
  {
    name: 'booking not switched on, Würzburg theme',
    async render(ctx) {
      await ctx.tenant('09663000', (k) => (k.locales = [...LOCALES]));
      return mount(ctx, 'soz-example-booking-off');
    },
  },
  {
    name: 'unavailable: no connection',
    async render(ctx) {
      setTenantState({ status: 'failed', reason: 'network' });
      return mount(ctx, 'soz-example-offline');
    },
  },
  {
    name: 'unavailable: configuration broken',
    async render(ctx) {
      setTenantState({ status: 'failed', reason: 'invalid-config' });
      return mount(ctx, 'soz-example-broken');
    },
  },
];
