/**
 * What a search consists of (place, radius, filters), how the host's attributes preselect it, and
 * how it becomes an API query. Pure functions: the element keeps one `FinderSearch` value.
 */
import type { CentreSearchQuery, Mode, Topic } from '../../src/contract/centres.ts';
import { isTopic } from './labels.ts';

/** A point to search around, with the words the citizen recognises it by. */
export interface SearchPoint {
  label: string;
  lat: number;
  lon: number;
  /** The PLZ the citizen chose or typed, used for "zuständig für Ihren Wohnort". */
  postalCode?: string;
  /** What finds this point again when typed (PLZ or place name), e.g. for a bookmarkable URL. */
  query?: string;
  /** The (rounded) position of the device: never written into URLs or events. */
  fromDevice?: boolean;
}

export interface Filters {
  topics: Topic[];
  modes: Mode[];
  languages: string[];
  barrierFree: boolean;
  openNow: boolean;
}

export interface FinderSearch {
  point: SearchPoint;
  radiusKm: number;
  filters: Filters;
}

/** Same bound as the contract's MAX_RADIUS_KM; not imported, because the contract module pulls zod into the bundle. */
export const MAX_RADIUS_KM = 300;
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;
export const PAGE_SIZE = 10;

export const emptyFilters = (): Filters => ({ topics: [], modes: [], languages: [], barrierFree: false, openNow: false });

/** `topic="schuldnerberatung suchtberatung"` or comma-separated; unknown ids are ignored. */
export function parseTopics(attribute: string | null | undefined): Topic[] {
  if (!attribute) return [];
  return [...new Set(attribute.split(/[\s,]+/).filter(isTopic))];
}

export function parseRadius(attribute: string | null | undefined): number {
  const n = Number(attribute);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.round(n), MAX_RADIUS_KM) : DEFAULT_RADIUS_KM;
}

/** The next radius worth suggesting when there are few results, or undefined at the maximum. */
export function widerRadius(radiusKm: number): number | undefined {
  const next = RADIUS_OPTIONS.find((r) => r > radiusKm);
  if (next) return next;
  return radiusKm < MAX_RADIUS_KM ? MAX_RADIUS_KM : undefined;
}

export function activeFilterCount(f: Filters): number {
  return f.topics.length + f.modes.length + f.languages.length + (f.barrierFree ? 1 : 0) + (f.openNow ? 1 : 0);
}

export function toQuery(search: FinderSearch, offset: number, limit = PAGE_SIZE): CentreSearchQuery {
  const { point, radiusKm, filters } = search;
  return {
    lat: point.lat,
    lon: point.lon,
    radiusKm,
    ...(filters.topics.length ? { topic: filters.topics } : {}),
    ...(filters.modes.length ? { mode: filters.modes } : {}),
    ...(filters.languages.length ? { language: filters.languages } : {}),
    ...(filters.barrierFree ? { barrierFree: true } : {}),
    ...(filters.openNow ? { openNow: true } : {}),
    offset,
    limit,
  };
}

export const isPostalCode = (text: string): boolean => /^\d{5}$/.test(text.trim());
