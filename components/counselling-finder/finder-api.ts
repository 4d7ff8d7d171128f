/** The four API calls the finder makes, over the typed client in src/api (the only way to the server). */
import { createApiClient, ProblemError, type ApiClient } from '../../src/api/index.ts';
import type { CentreDetail, CentrePage, CentreSearchQuery } from '../../src/contract/centres.ts';
import type { PlaceCandidate } from '../../src/contract/places.ts';
import { apiBase } from '../../src/tenant/store.ts';

export interface FinderApi {
  suggestPlaces(q: string, signal: AbortSignal): Promise<PlaceCandidate[]>;
  /** All places of a PLZ; empty when the PLZ does not exist. */
  placesByPostalCode(plz: string, signal: AbortSignal): Promise<PlaceCandidate[]>;
  searchCentres(query: CentreSearchQuery, signal: AbortSignal): Promise<CentrePage>;
  centre(id: string, signal: AbortSignal): Promise<CentreDetail>;
}

/** Read on each call: the tenant store may fill in the API base after the element was created. */
const client = (): ApiClient => createApiClient({ baseUrl: apiBase() });

export function createFinderApi(): FinderApi {
  return {
    suggestPlaces: async (q, signal) => (await client().suggestPlaces(q, undefined, { signal })).items,
    placesByPostalCode: async (plz, signal) => {
      try {
        return (await client().placesByPostalCode(plz, { signal })).items;
      } catch (error) {
        // 404 is the API's way of saying "no such PLZ": an answer for the citizen, not a failure.
        if (error instanceof ProblemError && error.status === 404) return [];
        throw error;
      }
    },
    searchCentres: (query, signal) => client().searchCentres(query, { signal }),
    centre: (id, signal) => client().centre(id, { signal }),
  };
}
