/**
 * The Land configurations and platform defaults the configurator offers, bundled from
 * data/tenants (the same files the API resolves tenants with). A Land that gets a file there
 * is added here with one import.
 */
import platformJson from '../../data/tenants/platform.json' with { type: 'json' };
import nrw from '../../data/tenants/laender/05.json' with { type: 'json' };
import bayern from '../../data/tenants/laender/09.json' with { type: 'json' };
import type { LandConfig, PlatformConfig } from '../tenant/schema.ts';

export const PLATFORM = platformJson as PlatformConfig;

export const LAND_CONFIGS: Readonly<Record<string, LandConfig>> = Object.fromEntries(
  ([nrw, bayern] as LandConfig[]).map((land) => [land.key, land]),
);
