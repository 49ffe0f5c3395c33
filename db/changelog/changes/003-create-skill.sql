--liquibase formatted sql

--changeset skillpath:003-create-skill
-- A skill is shared by every role that names it (statistics is one skill, not two).
create table skill (
    id          bigint generated always as identity primary key,
    key         text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null check (length(name) between 1 and 200),
    description text not null,
    area_id     bigint not null references skill_area (id),
    position    integer not null
);
create index skill_area_id_idx on skill (area_id);
--rollback drop table skill;
