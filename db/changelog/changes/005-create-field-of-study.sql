--liquibase formatted sql

--changeset skillpath:005-create-field-of-study
create table field_of_study (
    id       bigint generated always as identity primary key,
    key      text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name     text not null check (length(name) between 1 and 200),
    position integer not null
);
--rollback drop table field_of_study;
