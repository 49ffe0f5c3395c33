--liquibase formatted sql

--changeset skillpath:044-create-team-suggestion
-- A step the team's owner suggests for one member's learning plan. The member accepts it (it becomes a step of the
-- plan they choose, and this row keeps only its state) or declines it. Leaving the team, or being removed from it,
-- drops the suggestions still pending with the membership; accepted steps stay in the member's plan.
create table team_suggestion (
    id         bigint generated always as identity primary key,
    team_id    bigint not null,
    member_id  bigint not null references app_user (id) on delete cascade,
    skill_id   bigint not null references skill (id),
    title      text not null check (length(title) between 1 and 200 and title = btrim(title)),
    action     text not null check (length(action) <= 2000),
    state      text not null default 'suggested' check (state in ('suggested', 'accepted', 'declined')),
    created_at timestamptz not null default now(),
    decided_at timestamptz,
    foreign key (team_id, member_id) references team_member (team_id, member_id) on delete cascade,
    check ((state = 'suggested') = (decided_at is null))
);
create index team_suggestion_member_idx on team_suggestion (member_id, state);
create index team_suggestion_team_idx on team_suggestion (team_id, member_id);
--rollback drop table team_suggestion;
