/** Migration 004: advisor accounts and sessions, login back-off, calendar feeds, centre audit, appointment outcomes. */
export default /* sql */ `
-- Appointments can end as done or no-show (set by the centre); the centre keeps an internal note.
alter table bookings drop constraint if exists bookings_status_check;
alter table bookings add constraint bookings_status_check
  check (status in ('held', 'provisional', 'confirmed', 'cancelled', 'expired', 'done', 'no-show'));
alter table bookings add column internal_note text;
alter table bookings add column cancelled_by text check (cancelled_by in ('citizen', 'centre'));
alter table bookings add column outcome_at timestamptz;

-- A single extra slot on one date (valid_on); weekly rules leave it null.
alter table availability_rules add column valid_on date;
alter table availability_exceptions add column reason text;

alter table centres add column accessibility_note text;

-- People who work in a centre. Local password (scrypt/PBKDF2, self-describing format) or an OIDC subject.
create table advisor_accounts (
  id text primary key,
  centre_id text not null references centres (id) on delete cascade,
  advisor_id text references advisors (id) on delete set null,
  role text not null check (role in ('advisor', 'centre-admin')),
  username text not null unique,
  display_name text not null,
  password_hash text,
  oidc_subject text unique,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);
create index advisor_accounts_centre on advisor_accounts (centre_id);

-- Sessions live in the database so every instance sees them; only the SHA-256 of the token is stored.
create table advisor_sessions (
  token_hash text primary key,
  account_id text not null references advisor_accounts (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  last_active_at timestamptz not null,
  expires_at timestamptz not null
);
create index advisor_sessions_account on advisor_sessions (account_id);

-- Failed sign-ins per (hashed) user name, for the growing wait between attempts.
create table advisor_login_failures (
  user_hash text primary key,
  failures integer not null,
  last_failure_at timestamptz not null
);

-- Login state of a running OpenID Connect sign-in (state, PKCE verifier, nonce), for a few minutes.
create table advisor_oidc_logins (
  state_hash text primary key,
  code_verifier text not null,
  nonce text not null,
  created_at timestamptz not null
);

-- One private calendar feed per account; only the hash of its token is stored.
create table advisor_feed_tokens (
  account_id text primary key references advisor_accounts (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null
);

-- Who changed what in a centre's profile or availability, and when.
create table centre_audit (
  id bigint generated always as identity primary key,
  centre_id text not null references centres (id) on delete cascade,
  account_id text references advisor_accounts (id) on delete set null,
  actor text not null,
  at timestamptz not null,
  area text not null,
  changes jsonb not null
);
create index centre_audit_centre on centre_audit (centre_id, at desc);
`;
