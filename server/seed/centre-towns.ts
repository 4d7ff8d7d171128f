/** Finds the towns near a town (for a centre's service region) through a coarse grid, fast enough for 50,000 centres. */
import { distanceKm } from '../../src/geo/distance.ts';
import type { Place } from '../../src/geo/place.ts';

/** Grid cells of 0.2° latitude × 0.3° longitude: about 22 km × 20 km in Germany. */
const LAT_CELL = 0.2;
const LON_CELL = 0.3;

const cellKey = (latCell: number, lonCell: number): string => `${latCell}:${lonCell}`;

export function createTownFinder(towns: readonly Place[]): (town: Place, maxKm: number, max: number) => Place[] {
  const grid = new Map<string, Place[]>();
  for (const t of towns) {
    const key = cellKey(Math.floor(t.lat / LAT_CELL), Math.floor(t.lon / LON_CELL));
    const cell = grid.get(key);
    if (cell) cell.push(t);
    else grid.set(key, [t]);
  }
  const cache = new Map<string, Place[]>();
  return (town, maxKm, max) => {
    const cacheKey = `${town.id}|${maxKm}|${max}`;
    const known = cache.get(cacheKey);
    if (known) return known;
    const latCell = Math.floor(town.lat / LAT_CELL);
    const lonCell = Math.floor(town.lon / LON_CELL);
    const near: Array<{ place: Place; km: number }> = [];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const other of grid.get(cellKey(latCell + dy, lonCell + dx)) ?? []) {
          if (other.id === town.id) continue;
          const km = distanceKm(town, other);
          if (km <= maxKm) near.push({ place: other, km });
        }
      }
    }
    const result = near.sort((a, b) => a.km - b.km || a.place.id.localeCompare(b.place.id)).slice(0, max).map((n) => n.place);
    cache.set(cacheKey, result);
    return result;
  };
}
