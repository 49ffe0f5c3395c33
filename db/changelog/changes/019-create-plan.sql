--liquibase formatted sql

--changeset skillpath:019-create-plan
-- A user's learning plan for one role (at most one per role), with the pace that dates its steps.
create table plan (
    id             bigint generated always as identity primary key,
    owner_id       bigint not null references app_user (id) on delete cascade,
    role_id        bigint not null references role (id) on delete cascade,
    hours_per_week integer not null check (hours_per_week between 1 and 40),
    starts_on      date not null,
    created_at     timestamptz not null default now(),
    unique (owner_id, role_id)
);
--rollback drop table plan;
