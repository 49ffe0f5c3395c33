--liquibase formatted sql

--changeset skillpath:036-create-review
-- A second opinion on a user's ratings: the owner invites a reviewer by a link, the reviewer accepts, rates the chosen
-- skills blind and submits once. state: invited (the link works; only the SHA-256 of its random token is kept),
-- accepted (the reviewer answers), submitted (read-only for both), declined or withdrawn (closed).
-- The token works once: accepting, declining or withdrawing clears its hash. An invitation past expires_at is
-- "expired" by the clock alone, so nothing has to sweep it. When the reviewer's account is deleted, reviewer_id
-- becomes null and the owner sees "a former reviewer"; the owner's deletion removes the review.
create table review (
    id           bigint generated always as identity primary key,
    owner_id     bigint not null references app_user (id) on delete cascade,
    reviewer_id  bigint references app_user (id) on delete set null,
    token_hash   bytea unique check (token_hash is null or octet_length(token_hash) = 32),
    scope        text not null check (length(scope) between 1 and 300),
    shares_notes boolean not null,
    state        text not null default 'invited'
                 check (state in ('invited', 'accepted', 'submitted', 'declined', 'withdrawn')),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    closed_at    timestamptz,
    check (reviewer_id is null or reviewer_id <> owner_id),
    check ((state = 'invited') = (token_hash is not null)),
    check (state <> 'invited' or reviewer_id is null),
    check (expires_at > created_at and expires_at <= created_at + interval '14 days'),
    -- lets the review's parts refer to it together with its owner, so they can never name another user's review
    unique (owner_id, id)
);
create index review_owner_idx on review (owner_id, created_at);
create index review_reviewer_idx on review (reviewer_id) where reviewer_id is not null;
--rollback drop table review;
