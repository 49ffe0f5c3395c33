--liquibase formatted sql

--changeset skillpath:012-create-tip
-- A getting-started tip in the article's words, the skills it builds and the tools it names.
-- Tips keep their id across catalog reloads (upserted by key) so that later plan steps can point at them.
create table tip (
    id                   bigint generated always as identity primary key,
    key                  text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    role_id              bigint not null references role (id) on delete cascade,
    position             integer not null,
    text                 text not null check (length(text) > 0),
    kind                 text not null check (kind in ('skill', 'evidence', 'ongoing')),
    hours_per_level_step integer not null check (hours_per_level_step between 1 and 500)
);
create table tip_skill (
    tip_id   bigint not null references tip (id) on delete cascade,
    skill_id bigint not null references skill (id),
    position integer not null,
    primary key (tip_id, skill_id)
);
create table tip_tool (
    tip_id   bigint not null references tip (id) on delete cascade,
    tool_id  bigint not null references tool (id),
    position integer not null,
    primary key (tip_id, tool_id)
);
--rollback drop table tip_tool; drop table tip_skill; drop table tip;
