/**
 * Which Länder take part in online booking (Terminvereinbarung). A Land with a config file in
 * data/tenants/laender/ takes part when that file lists 'terminvereinbarung'. For the others the demo
 * assumes a fixed list (below); a real deployment replaces it with the Länder's actual agreements.
 */
import { LAENDER } from '../../src/geo/laender.ts';
import type { LandConfig } from '../../src/tenant/schema.ts';

/** Demo assumption for Länder without a config file: these take part in the reuse of booking. */
export const BOOKING_LAENDER_WITHOUT_CONFIG: readonly string[] = ['03', '06', '11', '14'];

export interface LandParticipation {
  key: string;
  name: string;
  bookingParticipates: boolean;
}

export function landParticipation(configs: readonly LandConfig[]): LandParticipation[] {
  const byKey = new Map(configs.map((c) => [c.key, c]));
  return Object.entries(LAENDER).map(([key, { name }]) => {
    const config = byKey.get(key);
    return {
      key,
      name,
      bookingParticipates: config
        ? config.services.some((s) => s.service === 'terminvereinbarung')
        : BOOKING_LAENDER_WITHOUT_CONFIG.includes(key),
    };
  });
}
