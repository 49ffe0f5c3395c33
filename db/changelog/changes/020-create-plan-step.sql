--liquibase formatted sql

--changeset skillpath:020-create-plan-step
-- One step of a plan. step_key identifies what the step is for ("skill:statistics", "education",
-- "evidence:mle-projects", "ongoing:mle-stay-current") so that regenerating keeps status and notes.
-- version is for optimistic locking: a save names the version it read.
create table plan_step (
    id               bigint generated always as identity primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    owner_id         bigint not null references app_user (id) on delete cascade,
    step_key         text not null check (length(step_key) between 1 and 200),
    position         integer not null,
    kind             text not null check (kind in ('skill', 'evidence', 'education', 'ongoing')),
    title            text not null check (length(title) between 1 and 300),
    skill_key        text,
    from_level       integer check (from_level between 0 and 4),
    to_level         integer check (to_level between 0 and 4),
    article_tips     text[] not null,
    action           text not null,
    effort_hours     integer check (effort_hours is null or effort_hours between 1 and 10000),
    starts_on        date,
    due_on           date,
    status           text not null default 'todo' check (status in ('todo', 'in-progress', 'done', 'skipped')),
    note             text check (note is null or length(note) <= 2000),
    done_on          date,
    closed_by_rating boolean not null default false,
    version          integer not null default 0,
    unique (plan_id, step_key),
    constraint plan_step_dates_in_order check (starts_on is null or due_on is null or starts_on <= due_on)
);
create index plan_step_owner_idx on plan_step (owner_id);
--rollback drop table plan_step;
