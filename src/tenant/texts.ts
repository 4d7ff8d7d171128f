/**
 * A tenant's own texts in the language shown: its name and its offices as the Kommune wrote
 * them for that language (config `texts`), else as written in German.
 */
import type { Office, ResolvedTenant } from './schema.ts';

type TenantWithTexts = Pick<ResolvedTenant, 'name' | 'offices' | 'texts'>;

export function tenantName(tenant: TenantWithTexts, locale: string): string {
  return tenant.texts?.[locale as keyof NonNullable<ResolvedTenant['texts']>]?.name ?? tenant.name;
}

/** The office with this id, its name and opening hours in the shown language where the Kommune gave them. */
export function localOffice(tenant: TenantWithTexts, id: string | undefined, locale: string): Office | undefined {
  const office = tenant.offices.find((o) => o.id === id);
  if (!office) return undefined;
  const own = tenant.texts?.[locale as keyof NonNullable<ResolvedTenant['texts']>]?.offices?.[office.id];
  return own ? { ...office, name: own.name ?? office.name, openingHours: own.openingHours ?? office.openingHours } : office;
}
