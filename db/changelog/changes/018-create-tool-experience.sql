--liquibase formatted sql

--changeset skillpath:018-create-tool-experience
-- The catalog tools a user has used.
create table tool_experience (
    owner_id bigint not null references app_user (id) on delete cascade,
    tool_id  bigint not null references tool (id) on delete cascade,
    primary key (owner_id, tool_id)
);
--rollback drop table tool_experience;
