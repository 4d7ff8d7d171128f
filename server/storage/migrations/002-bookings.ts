/** Migration 002: advisor availability, bookings and holds (one table), the mail outbox, used proofs of work. */
export default /* sql */ `
-- Weekly availability of an advisor, in Europe/Berlin wall-clock minutes; slots are cut from it.
create table availability_rules (
  id bigint generated always as identity primary key,
  advisor_id text not null references advisors (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  starts_minute smallint not null check (starts_minute between 0 and 1439),
  ends_minute smallint not null check (ends_minute between 1 and 1440),
  slot_minutes smallint not null check (slot_minutes between 10 and 240),
  buffer_minutes smallint not null default 0 check (buffer_minutes between 0 and 120),
  modes text[] not null,
  -- Empty: every topic the centre offers.
  topics text[] not null default '{}',
  min_notice_hours smallint not null default 12 check (min_notice_hours between 0 and 720),
  max_days_ahead smallint not null default 28 check (max_days_ahead between 1 and 365),
  check (ends_minute > starts_minute)
);
create index availability_rules_advisor on availability_rules (advisor_id);

-- Whole days an advisor is away (holiday, training); public holidays come from the centre's Land.
create table availability_exceptions (
  advisor_id text not null references advisors (id) on delete cascade,
  day date not null,
  primary key (advisor_id, day)
);

-- A hold and a booking are one row in different states, so one unique index covers both.
create table bookings (
  id text primary key,
  reference text not null unique,
  centre_id text not null references centres (id) on delete cascade,
  advisor_id text not null references advisors (id) on delete cascade,
  tenant text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  mode text not null,
  topic text not null,
  status text not null check (status in ('held', 'provisional', 'confirmed', 'cancelled', 'expired')),
  hold_token_hash text unique,
  hold_expires_at timestamptz,
  confirm_by timestamptz,
  idempotency_key text unique,
  request_hash text,
  name text,
  email text,
  phone text,
  note text,
  manage_token_hash text unique,
  token_expires_at timestamptz,
  created_at timestamptz not null,
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  cancel_reason text,
  rescheduled_count smallint not null default 0,
  reminder_sent_at timestamptz,
  contact_deleted_at timestamptz,
  check (ends_at > starts_at)
);
-- The database's own guarantee against double booking: one live row per advisor and start.
create unique index bookings_one_live_per_slot on bookings (advisor_id, starts_at)
  where status in ('held', 'provisional', 'confirmed');
create index bookings_centre_starts on bookings (centre_id, starts_at) where status in ('held', 'provisional', 'confirmed');
create index bookings_reminders on bookings (starts_at) where status = 'confirmed' and reminder_sent_at is null;
create index bookings_retention on bookings (ends_at) where contact_deleted_at is null;

-- Transactional outbox: written in the same transaction as the booking, delivered by a job.
create table outbox (
  id bigint generated always as identity primary key,
  booking_id text references bookings (id) on delete set null,
  kind text not null,
  recipient text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null,
  sent_at timestamptz,
  attempts smallint not null default 0
);
create index outbox_pending on outbox (created_at) where sent_at is null;

-- Proof-of-work challenges already spent (replay protection) until they expire.
create table spent_challenges (
  signature text primary key,
  expires_at timestamptz not null
);
`;
