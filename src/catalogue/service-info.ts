/**
 * What the platform knows about each service, as dated data with its legal source: the schema of
 * the catalogue entries (data in `services.ts`). The API serves it; the finder and fallbacks show it.
 */
import * as z from 'zod/mini';
import { INFO_SERVICE_IDS, SERVICE_IDS } from './service-ids.ts';

export const legalSource = z.object({
  /** Short citation, e.g. "§ 27 SGB XII". */
  citation: z.string(),
  /** Where the fact was read (official page, statute). */
  url: z.optional(z.string()),
  /** The day the source was read or the fact verified (ISO date). */
  asOf: z.string(),
});

export const serviceInfo = z.object({
  id: z.enum([...SERVICE_IDS, ...INFO_SERVICE_IDS]),
  kind: z.enum(['modul', 'leistung', 'information']),
  /** LeiKa key where the service has one (Leistungskatalog der öffentlichen Verwaltung). */
  leikaKey: z.optional(z.string()),
  name: z.string(),
  /** Two plain-German sentences: what it is and whom it helps. */
  summary: z.string(),
  legalBasis: z.array(legalSource),
  /** Kind of authority that executes it, e.g. "Sozialamt der Stadt oder des Kreises". */
  executingAuthority: z.string(),
  /** Documents to have ready when applying. */
  documents: z.array(z.string()),
  /** How to apply where there is no online application here (paper, in person, the official portal). */
  offlineRoute: z.string(),
  /** The period these facts are valid for. */
  validFrom: z.string(),
  validUntil: z.optional(z.string()),
});

export type LegalSource = z.infer<typeof legalSource>;
export type ServiceInfo = z.infer<typeof serviceInfo>;
