--liquibase formatted sql

--changeset skillpath:035-create-calendar-feed
-- A user's private calendar feed (/calendar/<token>.ics): at most one per user. Only the SHA-256 of the
-- address's random token is kept, so a copy of the database does not hand out working addresses and
-- the address can be shown only once, when it is made. Turning the feed off deletes the row; replacing
-- the address writes a new hash into the same row, and the old address stops answering at once.
-- The weekly review event falls on an ISO weekday (1 = Monday) at a local time in the user's zone.
create table calendar_feed (
    owner_id       bigint primary key references app_user (id) on delete cascade,
    token_hash     bytea not null unique check (octet_length(token_hash) = 32),
    review_weekday smallint not null check (review_weekday between 1 and 7),
    review_time    time not null,
    created_at     timestamptz not null default now()
);
--rollback drop table calendar_feed;
