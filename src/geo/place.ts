/** A place a citizen can search for: a town or district with its postcodes and coordinates. */
export interface Place {
  /** Stable id (GeoNames id of the place). */
  id: string;
  name: string;
  /** Disambiguation shown when several places share a name, e.g. "Landkreis Würzburg, Bayern"; empty when the name is unique. */
  context: string;
  /** Two-digit Land key (01–16). */
  land: string;
  /** 5-digit postcodes that belong to the place. */
  postalCodes: string[];
  lat: number;
  lon: number;
  population: number;
}

/** A match for what someone typed: a place, or one postcode of a place. */
export interface PlaceCandidate {
  place: Place;
  /** The postcode matched, when the query was a postcode. */
  postalCode?: string;
  /** Label to show: "44137 Dortmund" or "Neustadt (Landkreis …, Hessen)". */
  label: string;
}

/** The seam a deployment can replace with its own geocoding service. */
export interface Geocoder {
  /** Candidates for a PLZ or place-name prefix, best first. */
  suggest(query: string, limit?: number): Promise<PlaceCandidate[]>;
  /** All places of an exact 5-digit PLZ (several when a PLZ covers several places). */
  byPostalCode(postalCode: string): Promise<PlaceCandidate[]>;
}
