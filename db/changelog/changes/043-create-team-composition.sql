--liquibase formatted sql

--changeset skillpath:043-create-team-composition
-- The team's target composition: how many people of which profile it needs. A profile is a catalog role or one of
-- the owner's own targets, which the owner thereby shares with the team (its title and required levels, nothing
-- else). owner_id follows the team's owner, and a target entry must be that owner's target: handing the team over
-- drops the former owner's targets from it (the service does so first), and deleting the target drops its entry.
create table team_composition (
    id         bigint generated always as identity primary key,
    team_id    bigint not null,
    owner_id   bigint not null references app_user (id) on delete cascade,
    role_id    bigint references role (id) on delete cascade,
    target_id  bigint,
    head_count integer not null check (head_count between 1 and 50),
    position   integer not null check (position between 0 and 19),
    foreign key (team_id, owner_id) references team (id, owner_id) on delete cascade on update cascade,
    foreign key (owner_id, target_id) references target (owner_id, id) on delete cascade,
    check ((role_id is null) <> (target_id is null)),
    unique (team_id, role_id),
    unique (team_id, target_id),
    unique (team_id, position) deferrable initially deferred
);
--rollback drop table team_composition;
