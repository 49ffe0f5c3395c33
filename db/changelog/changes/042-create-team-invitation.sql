--liquibase formatted sql

--changeset skillpath:042-create-team-invitation
-- An invitation link to join a team, with the same rules as a review invitation (036): only the SHA-256 of its
-- random token is kept, it works once, expires within 14 days (by the clock alone) and can be withdrawn while unused.
-- state: invited (the link works), accepted (member_id joined by it), declined or withdrawn. When the account that
-- used it is deleted, member_id becomes null and the owner sees "a former member".
create table team_invitation (
    id         bigint generated always as identity primary key,
    team_id    bigint not null references team (id) on delete cascade,
    member_id  bigint references app_user (id) on delete set null,
    token_hash bytea unique check (token_hash is null or octet_length(token_hash) = 32),
    state      text not null default 'invited' check (state in ('invited', 'accepted', 'declined', 'withdrawn')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    closed_at  timestamptz,
    check ((state = 'invited') = (token_hash is not null)),
    check (state <> 'invited' or member_id is null),
    check (expires_at > created_at and expires_at <= created_at + interval '14 days')
);
create index team_invitation_team_idx on team_invitation (team_id, created_at);
--rollback drop table team_invitation;
