/**
 * The shape of a seeded counselling centre (Demodaten). It is what the seed writes, not what the
 * API answers (that is `CentreSummary`/`CentreDetail` in the contract), so it stays server-side;
 * the vocabularies Topic and Mode come from the contract.
 */
import type { Mode, Topic } from '../../src/contract/centres.ts';

export type { Mode, Topic };

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CentreSeed {
  id: string;
  name: string;
  carrier: string;
  topics: Topic[];
  languages: string[];
  barrierFree: boolean;
  modes: Mode[];
  street: string;
  postalCode: string;
  city: string;
  land: string;
  lat: number;
  lon: number;
  phone?: string;
  email?: string;
  web?: string;
  openingHours: Array<{ day: IsoWeekday; opens: string; closes: string }>;
  serviceRegion: { postalCodes: string[] };
  bookingEnabled: boolean;
  avvSigned: boolean;
  videoRoomUrl?: string;
  advisors: Array<{ id: string; displayName: string }>;
}
