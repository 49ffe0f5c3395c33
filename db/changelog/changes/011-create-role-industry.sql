--liquibase formatted sql

--changeset skillpath:011-create-role-industry
create table role_industry (
    role_id  bigint not null references role (id) on delete cascade,
    position integer not null,
    name     text not null check (length(name) > 0),
    primary key (role_id, position)
);
--rollback drop table role_industry;
