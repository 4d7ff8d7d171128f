/**
 * Puts a demo tenant into the page's tenant store, resolved from data/tenants by the same cascade
 * the API runs (the files are served by web-test-runner from the project root).
 */
import { resolveTenant } from '../../../src/tenant/resolve.ts';
import type { KommuneConfig, ResolvedTenant } from '../../../src/tenant/schema.ts';
import { setTenantState } from '../../../src/tenant/store.ts';

const json = async (path: string) => (await fetch(`/data/tenants/${path}`)).json();

export async function demoTenant(ags = '05913000', change?: (k: KommuneConfig) => void): Promise<ResolvedTenant> {
  const kommune = (await json(`kommunen/${ags}.json`)) as KommuneConfig;
  change?.(kommune);
  const [platform, land] = await Promise.all([json('platform.json'), json(`laender/${kommune.land}.json`)]);
  const resolved = resolveTenant(platform, land, kommune);
  if (!resolved.ok) throw new Error(`Demo tenant ${ags} invalid: ${JSON.stringify(resolved.issues)}`);
  return resolved.value;
}

export async function useDemoTenant(ags = '05913000', change?: (k: KommuneConfig) => void): Promise<ResolvedTenant> {
  const tenant = await demoTenant(ags, change);
  setTenantState({ status: 'ready', tenant, apiBase: '/api/' });
  return tenant;
}
