--liquibase formatted sql

--changeset skillpath:041-create-team
-- A team: its owner (a Data Science Manager, say) manages it; its members share their levels with it, and their
-- evidence notes only if they choose so (shares_notes). The owner is always a member too: team (id, owner_id) refers
-- to the owner's membership row, checked at commit, so handing over ownership must name a member and the owner's
-- membership cannot be removed while they own the team. Deleting the owner's account deletes the team, unless they
-- handed it over first (the account page asks); deleting a member's account removes their membership.
create table team (
    id         bigint generated always as identity primary key,
    owner_id   bigint not null references app_user (id) on delete cascade,
    name       text not null check (length(name) between 1 and 100 and name = btrim(name)),
    created_at timestamptz not null default now(),
    unique (id, owner_id)
);
create index team_owner_idx on team (owner_id);
create table team_member (
    team_id      bigint not null references team (id) on delete cascade,
    member_id    bigint not null references app_user (id) on delete cascade,
    shares_notes boolean not null default false,
    joined_at    timestamptz not null default now(),
    primary key (team_id, member_id)
);
create index team_member_member_idx on team_member (member_id);
alter table team add constraint team_owner_is_a_member foreign key (id, owner_id)
    references team_member (team_id, member_id) deferrable initially deferred;
--rollback alter table team drop constraint team_owner_is_a_member;
--rollback drop table team_member;
--rollback drop table team;
