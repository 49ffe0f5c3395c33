--liquibase formatted sql

--changeset skillpath:027-create-target
-- A user's own target profile (a real job posting, or a role of their own), shaped like a catalog role.
-- The posting's text and address are kept as the user gave them; the address is never fetched.
-- education_level null means the target asks for no education (and then its weight is 0).
-- version is for optimistic locking: a save names the version it read.
create table target (
    id                      bigint generated always as identity primary key,
    owner_id                bigint not null references app_user (id) on delete cascade,
    title                   text not null check (length(title) between 1 and 200 and title = btrim(title)),
    company                 text check (company is null or length(company) between 1 and 200),
    posting_text            text check (posting_text is null or length(posting_text) between 1 and 20000),
    posting_url             text check (posting_url is null or (length(posting_url) <= 2000 and posting_url ~* '^https?://\S+$')),
    education_level         text check (education_level in ('none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate')),
    education_weight        integer not null default 0 check (education_weight between 0 and 5),
    related_fields_accepted boolean not null default false,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    unique (owner_id, id),
    constraint target_education_weight_with_level check ((education_level is null) = (education_weight = 0))
);
create index target_owner_idx on target (owner_id);
--rollback drop table target;
