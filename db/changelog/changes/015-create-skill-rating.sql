--liquibase formatted sql

--changeset skillpath:015-create-skill-rating
-- A user's current self-rating per skill (0 none .. 4 expert) and an optional evidence note.
-- No row, or a null level, means "not rated yet", which is not the same as 0.
create table skill_rating (
    owner_id   bigint not null references app_user (id) on delete cascade,
    skill_id   bigint not null references skill (id) on delete cascade,
    level      integer check (level between 0 and 4),
    note       text check (note is null or length(note) <= 2000),
    updated_at timestamptz not null default now(),
    primary key (owner_id, skill_id)
);
--rollback drop table skill_rating;
