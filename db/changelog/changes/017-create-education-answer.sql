--liquibase formatted sql

--changeset skillpath:017-create-education-answer
-- The highest completed education level and its field: a catalog field, or "other".
create table education_answer (
    owner_id          bigint primary key references app_user (id) on delete cascade,
    level             text check (level in ('none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate')),
    field_of_study_id bigint references field_of_study (id) on delete set null,
    field_is_other    boolean not null default false,
    updated_at        timestamptz not null default now(),
    constraint education_answer_one_field check (not (field_is_other and field_of_study_id is not null))
);
--rollback drop table education_answer;
