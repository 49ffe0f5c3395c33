--liquibase formatted sql

--changeset skillpath:028-create-target-parts
-- A target's skills (a catalog skill or one of the owner's custom skills, never both), the fields of study
-- it accepts and the catalog tools it names. Every row carries the owner, and references the target and
-- the custom skill together with that owner, so no row can join one user's target to another's skill.
-- Catalog rows are referenced "on delete restrict" (see 022): the catalog loader refuses to drop them.
create table target_skill (
    target_id       bigint not null,
    owner_id        bigint not null,
    position        integer not null check (position between 0 and 59),
    skill_id        bigint references skill (id) on delete restrict,
    custom_skill_id bigint,
    required_level  integer not null check (required_level between 1 and 4),
    weight          integer not null check (weight between 1 and 5),
    must_have       boolean not null,
    foreign key (owner_id, target_id) references target (owner_id, id) on delete cascade,
    -- checked at commit: deleting an account removes its custom skills and targets in one statement, in no set order
    foreign key (owner_id, custom_skill_id) references custom_skill (owner_id, id) deferrable initially deferred,
    constraint target_skill_one_kind check (num_nonnulls(skill_id, custom_skill_id) = 1),
    unique (target_id, position),
    unique (target_id, skill_id),
    unique (target_id, custom_skill_id)
);
create index target_skill_owner_idx on target_skill (owner_id);
create index target_skill_custom_idx on target_skill (custom_skill_id);

create table target_education_field (
    target_id         bigint not null,
    owner_id          bigint not null,
    field_of_study_id bigint not null references field_of_study (id) on delete restrict,
    foreign key (owner_id, target_id) references target (owner_id, id) on delete cascade,
    primary key (target_id, field_of_study_id)
);

create table target_tool (
    target_id bigint not null,
    owner_id  bigint not null,
    tool_id   bigint not null references tool (id) on delete restrict,
    foreign key (owner_id, target_id) references target (owner_id, id) on delete cascade,
    primary key (target_id, tool_id)
);
--rollback drop table target_tool;
--rollback drop table target_education_field;
--rollback drop table target_skill;
