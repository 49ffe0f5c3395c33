--liquibase formatted sql

--changeset skillpath:046-create-address-use
-- The per-address limits (sign-ups, calendar feed requests) in the database instead of each node's memory, so
-- that two or more nodes on one PostgreSQL share them: one row per use that counted, with the limit's name and
-- the client (an IPv4 address or an IPv6 /64, as base.limit.AddressLimit writes it). Uses older than their
-- limit's period no longer count and are purged as new ones are written, so the table holds at most the last
-- period's allowed uses. Parallel uses by one client are counted one after another under an advisory lock on
-- (limit, client), taken by AddressUseRepository.
create table address_use (
    id            bigint generated always as identity primary key,
    address_limit text not null check (length(address_limit) between 1 and 40),
    client        text not null check (length(client) between 1 and 100),
    used_at       timestamptz not null
);
create index address_use_client on address_use (address_limit, client, used_at);
create index address_use_age on address_use (address_limit, used_at);
--rollback drop table address_use;
