--liquibase formatted sql

--changeset skillpath:013-create-app-user
-- Accounts. Usernames are unique regardless of case; only a password hash is stored.
-- Every personal table will reference app_user(id) with on delete cascade, so that deleting
-- an account removes all of its data.
create table app_user (
    id                  bigint generated always as identity primary key,
    username            text not null check (username ~ '^[A-Za-z0-9._-]{3,40}$'),
    display_name        text check (display_name is null or length(display_name) between 1 and 80),
    password_hash       text not null check (length(password_hash) > 0),
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);
create unique index app_user_username_lower_key on app_user (lower(username));
--rollback drop table app_user;
