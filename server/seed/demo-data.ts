/** The demo data of a Node start: tenant files, the service catalogue and generated centres. */
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { generateCentres } from './centres.ts';
import type { DemoData } from './seed.ts';
import { readTenantFiles } from './tenant-files.ts';

/** Enough for a realistic search across Germany (issue #3 asks for at least 2,000). */
export const DEFAULT_CENTRE_COUNT = 2_000;
export const DEMO_SEED = 20_260_301;

export function nodeDemoData(centreCount = DEFAULT_CENTRE_COUNT): DemoData {
  return {
    ...readTenantFiles(),
    services: SERVICE_CATALOGUE,
    centres: () => generateCentres({ count: centreCount, seed: DEMO_SEED }),
  };
}
