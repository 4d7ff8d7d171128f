/** The resolved configuration of a tenant: the cascade of src/tenant over the configs in the database. */
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { formatIssue } from '../../src/tenant/issues.ts';
import type { LandConfig, PlatformConfig, ResolvedTenant } from '../../src/tenant/schema.ts';
import type { Storage } from '../storage/storage.ts';

export class TenantConfigError extends Error {
  override name = 'TenantConfigError';
}

/** null when the Kommune is not connected; throws when its stored config is broken. */
export async function tenantConfig(storage: Storage, ags: string): Promise<ResolvedTenant | null> {
  const sources = await storage.tenantConfigSources(ags);
  if (!sources) return null;
  if (!sources.land) throw new TenantConfigError(`Land ${ags.slice(0, 2)} has no configuration`);
  const resolved = resolveTenant(sources.platform as PlatformConfig, sources.land as LandConfig, sources.kommune);
  if (!resolved.ok) {
    throw new TenantConfigError(`Stored configuration of ${ags} is invalid: ${resolved.issues.map(formatIssue).join(' | ')}`);
  }
  return resolved.value;
}
