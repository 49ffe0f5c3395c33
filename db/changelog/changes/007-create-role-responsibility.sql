--liquibase formatted sql

--changeset skillpath:007-create-role-responsibility
create table role_responsibility (
    role_id  bigint not null references role (id) on delete cascade,
    position integer not null,
    text     text not null check (length(text) > 0),
    primary key (role_id, position)
);
--rollback drop table role_responsibility;
