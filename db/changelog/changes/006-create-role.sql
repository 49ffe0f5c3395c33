--liquibase formatted sql

--changeset skillpath:006-create-role
-- One row per role with its single-valued sections; lists live in child tables.
-- Education levels form an ordered scale; the minimum may not exceed the preferred level.
create table role (
    id                                bigint generated always as identity primary key,
    key                               text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                             text not null check (length(title) between 1 and 200),
    summary                           text not null,
    definition                        text not null,
    responsibilities_intro            text not null,
    skills_intro                      text not null,
    education_text                    text not null,
    education_minimum                 text not null,
    education_preferred               text not null,
    education_related_fields_accepted boolean not null,
    education_weight                  integer not null check (education_weight between 1 and 5),
    education_rationale               text not null,
    tools_intro                       text not null,
    tools_note                        text,
    industries_intro                  text not null,
    outlook_text                      text not null,
    salary_usd                        integer not null check (salary_usd > 0),
    salary_source                     text not null check (length(salary_source) > 0),
    tips_intro                        text not null,
    position                          integer not null,
    constraint role_education_levels_known check (
        education_minimum in ('none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate')
        and education_preferred in ('none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate')),
    constraint role_education_minimum_not_above_preferred check (
        array_position(array['none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate'], education_minimum)
        <= array_position(array['none', 'high-school', 'associate', 'bachelor', 'master', 'doctorate'], education_preferred))
);
--rollback drop table role;
