/** What the domain needs from the database; one implementation over SQL serves PGlite and PostgreSQL. */
import type { Mode, OpeningInterval, Topic } from '../../src/contract/centres.ts';
import type { ServiceInfo } from '../../src/contract/services.ts';
import type { SqlClient } from './sql.ts';
import type { ApplicationStore } from './sql-applications.ts';

export interface CentreRecord {
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
  openingHours: OpeningInterval[];
  servicePostalCodes: string[];
  /** bookingEnabled && avvSigned && the Land takes part. */
  onlineBooking: boolean;
  demo: boolean;
  /** Set by a radius search. */
  distanceKm?: number;
}

export interface CentreFilter {
  lat: number;
  lon: number;
  radiusKm: number;
  topics?: readonly Topic[] | undefined;
  modes?: readonly Mode[] | undefined;
  languages?: readonly string[] | undefined;
  barrierFree?: boolean | undefined;
  /** Without a page, every match comes back. */
  page?: { offset: number; limit: number } | undefined;
  /** Only these centres (a page chosen by the caller, e.g. after the open-now filter). */
  ids?: readonly string[] | undefined;
}

export interface TenantConfigSources {
  platform: unknown;
  land: unknown;
  kommune: unknown;
}

export interface Storage {
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  tenantConfigSources(ags: string): Promise<TenantConfigSources | null>;
  /** The union of `origins` of all tenant configs (CORS). */
  allowedOrigins(): Promise<string[]>;
  listServices(): Promise<ServiceInfo[]>;
  getService(id: string): Promise<ServiceInfo | null>;
  searchCentres(filter: CentreFilter): Promise<{ total: number; items: CentreRecord[] }>;
  /** Id, Land and hours of every match, nearest first: what the open-now filter needs. */
  centreHours(filter: CentreFilter): Promise<Array<{ id: string; land: string; openingHours: CentreRecord['openingHours'] }>>;
  getCentre(id: string): Promise<(CentreRecord & { advisors: Array<{ id: string; displayName: string }> }) | null>;
  /** Counts one hit in a fixed window and returns the hits so far in it. */
  countHit(bucket: string, client: string, windowStart: Date): Promise<number>;
  pruneHits(before: Date): Promise<void>;
  /** Online applications: ciphertext and metadata only (server/domain/applications.ts). */
  applications: ApplicationStore;
  /** The SQL client itself, for domains that own their statements (bookings). */
  readonly sql: SqlClient;
}
