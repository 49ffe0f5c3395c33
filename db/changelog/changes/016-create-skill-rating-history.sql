--liquibase formatted sql

--changeset skillpath:016-create-skill-rating-history
-- Every rating as it was given, with its time, so the fit on any past day can be recomputed.
create table skill_rating_history (
    id         bigint generated always as identity primary key,
    owner_id   bigint not null references app_user (id) on delete cascade,
    skill_id   bigint not null references skill (id) on delete cascade,
    level      integer check (level between 0 and 4),
    changed_at timestamptz not null default now()
);
create index skill_rating_history_owner_idx on skill_rating_history (owner_id, changed_at);
--rollback drop table skill_rating_history;
