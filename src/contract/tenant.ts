/** Contract of the tenant configuration: the resolved cascade platform → Land → Kommune (src/tenant). */
import { z } from 'zod';
import { resolvedTenant, type ResolvedTenant } from '../tenant/schema.ts';

export { resolvedTenant, type ResolvedTenant };

export const agsParam = z.string().regex(/^\d{8}$/, 'ein Amtlicher Gemeindeschlüssel aus 8 Ziffern');
