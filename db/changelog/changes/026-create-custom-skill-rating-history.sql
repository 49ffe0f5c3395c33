--liquibase formatted sql

--changeset skillpath:026-create-custom-skill-rating-history
-- Every rating of a custom skill as it was given, like skill_rating_history for catalog skills.
create table custom_skill_rating_history (
    id              bigint generated always as identity primary key,
    owner_id        bigint not null,
    custom_skill_id bigint not null,
    level           integer check (level between 0 and 4),
    changed_at      timestamptz not null default now(),
    foreign key (owner_id, custom_skill_id) references custom_skill (owner_id, id) on delete cascade
);
create index custom_skill_rating_history_owner_idx on custom_skill_rating_history (owner_id, changed_at);
--rollback drop table custom_skill_rating_history;
