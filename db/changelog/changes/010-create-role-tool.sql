--liquibase formatted sql

--changeset skillpath:010-create-role-tool
-- The article lists tools as lines ("Python, Java, or C++ for programming"); each line names tools.
create table role_tool_usage (
    role_id      bigint not null references role (id) on delete cascade,
    position     integer not null,
    article_text text not null check (length(article_text) > 0),
    primary key (role_id, position)
);
create table role_tool (
    role_id        bigint not null references role (id) on delete cascade,
    tool_id        bigint not null references tool (id),
    usage_position integer not null,
    position       integer not null,
    primary key (role_id, tool_id),
    foreign key (role_id, usage_position) references role_tool_usage (role_id, position) on delete cascade
);
--rollback drop table role_tool; drop table role_tool_usage;
