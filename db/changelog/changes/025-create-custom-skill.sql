--liquibase formatted sql

--changeset skillpath:025-create-custom-skill
-- A skill of the user's own, for a requirement the catalog has no skill for (added to a target from a
-- posting or by hand). It is rated on the same 0-4 scale as catalog skills; the rating lives on the row
-- (null = not rated yet). hours_per_level is the user's own estimate for the plan: the article has no tip.
-- (owner_id, id) is unique so that other tables can reference a custom skill together with its owner,
-- which keeps one user's target from ever pointing at another user's skill.
create table custom_skill (
    id              bigint generated always as identity primary key,
    owner_id        bigint not null references app_user (id) on delete cascade,
    name            text not null check (length(name) between 1 and 100 and name = btrim(name)),
    level           integer check (level between 0 and 4),
    note            text check (note is null or length(note) <= 2000),
    hours_per_level integer not null default 30 check (hours_per_level between 1 and 500),
    updated_at      timestamptz not null default now(),
    unique (owner_id, id)
);
create unique index custom_skill_owner_name_idx on custom_skill (owner_id, lower(name));
--rollback drop table custom_skill;
