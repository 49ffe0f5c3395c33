--liquibase formatted sql

--changeset skillpath:009-create-role-education-field
create table role_education_field (
    role_id  bigint not null references role (id) on delete cascade,
    field_id bigint not null references field_of_study (id),
    position integer not null,
    primary key (role_id, field_id)
);
--rollback drop table role_education_field;
