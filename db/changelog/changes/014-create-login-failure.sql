--liquibase formatted sql

--changeset skillpath:014-create-login-failure
-- Failed logins per (lower-cased) username, for the lockout after repeated failures.
-- Kept per name tried, whether or not such an account exists, so the lockout reveals nothing;
-- stale rows are purged as new failures are written.
create table login_failure (
    username_key     text primary key check (length(username_key) between 1 and 200),
    failures         integer not null check (failures >= 1),
    window_starts_at timestamptz not null,
    locked_until     timestamptz
);
--rollback drop table login_failure;
