/**
 * Migration 003: online applications. Only ciphertext (JWE) and non-personal metadata are stored;
 * the ciphertext is set to null once the authority acknowledges receipt or the retention period
 * ends. The row stays (without content) so that a late retry with the same key files nothing new.
 */
export default /* sql */ `
create table applications (
  reference text primary key,
  tenant text not null check (tenant ~ '^[0-9]{8}$'),
  service text not null,
  form_id text not null,
  definition_version text not null,
  idempotency_key text not null,
  ciphertext text,
  received_at timestamptz not null,
  acknowledged_at timestamptz,
  purged_at timestamptz,
  unique (tenant, idempotency_key)
);

create index applications_pending on applications (received_at) where ciphertext is not null;
`;
