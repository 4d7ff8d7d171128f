/** Migration 001: tenant configs, Länder, service catalogue, counselling centres, rate limits. */
export default /* sql */ `
create table tenant_configs (
  level text not null check (level in ('platform', 'land', 'kommune')),
  key text not null,
  config jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (level, key)
);

-- Whether a Land takes part in the reuse of online booking (Terminvereinbarung).
create table laender (
  key text primary key check (key ~ '^(0[1-9]|1[0-6])$'),
  name text not null,
  booking_participates boolean not null
);

create table services (
  id text primary key,
  position integer not null,
  info jsonb not null
);

create table centres (
  id text primary key,
  name text not null,
  carrier text not null,
  topics text[] not null,
  languages text[] not null,
  barrier_free boolean not null,
  modes text[] not null,
  street text not null,
  postal_code text not null,
  city text not null,
  land text not null references laender (key),
  lat double precision not null,
  lon double precision not null,
  phone text,
  email text,
  web text,
  opening_hours jsonb not null,
  service_postal_codes text[] not null,
  booking_enabled boolean not null,
  avv_signed boolean not null,
  video_room_url text,
  demo boolean not null default true
);
-- Bounding-box prefilter of the radius search.
create index centres_lat_lon on centres (lat, lon);

create table advisors (
  id text primary key,
  centre_id text not null references centres (id) on delete cascade,
  display_name text not null
);
create index advisors_centre on advisors (centre_id);

-- Fixed-window counters of the rate limiter; clients are stored as salted hashes, never as IPs.
create table rate_limit_hits (
  bucket text not null,
  client text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, client, window_start)
);
create index rate_limit_hits_window on rate_limit_hits (window_start);

create table seed_runs (
  name text primary key,
  applied_at timestamptz not null default now()
);
`;
