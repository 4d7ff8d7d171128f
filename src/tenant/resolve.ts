/**
 * The cascade platform → Land → Kommune: each level narrows or overrides the one above.
 * Pure; the API runs it when it serves a tenant, the configurator when it previews one.
 */
import type { TenantIssue } from './issues.ts';
import type { KommuneConfig, LandConfig, PlatformConfig, ResolvedTenant } from './schema.ts';
import { validateKommune, validateResolved, type Validation } from './validate.ts';

export function resolveTenant(
  platform: PlatformConfig,
  land: LandConfig,
  kommuneInput: unknown,
): Validation<ResolvedTenant> {
  const checked = validateKommune(kommuneInput, land);
  if (!checked.ok) return checked;
  const kommune: KommuneConfig = checked.value;
  const locales = kommune.locales ?? land.defaults.locales;
  const resolved: ResolvedTenant = {
    schemaVersion: 1,
    ags: kommune.ags,
    name: kommune.name,
    land: {
      key: land.key,
      name: land.name,
      services: land.services,
      userAccount: land.defaults.userAccount,
      coordinatingOffice: land.defaults.coordinatingOffice,
    },
    services: kommune.services,
    offices: kommune.offices,
    generalOffice: kommune.generalOffice,
    theme: { ...platform.theme, ...kommune.theme },
    locales,
    defaultLocale: kommune.defaultLocale ?? (locales.includes(land.defaults.defaultLocale) ? land.defaults.defaultLocale : locales[0]!),
    counsellingRegion: kommune.counsellingRegion,
    origins: kommune.origins,
    links: kommune.links,
    ...(kommune.booking ? { booking: kommune.booking } : {}),
    ...(kommune.texts ? { texts: kommune.texts } : {}),
    ...(kommune.counsellingMap ? { counsellingMap: kommune.counsellingMap } : {}),
  };
  // The merged theme can fail contrast although each level passed alone (e.g. a tenant's dark
  // background on the platform's dark text), so the resolved whole is checked once more.
  return validateResolved(resolved);
}

export type { TenantIssue };
