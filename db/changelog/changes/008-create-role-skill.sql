--liquibase formatted sql

--changeset skillpath:008-create-role-skill
-- Required level on the app's proficiency scale (1 aware .. 4 expert; 0 would mean "not required")
-- and an importance weight, each with the article's words and a one-line rationale.
create table role_skill (
    role_id        bigint not null references role (id) on delete cascade,
    skill_id       bigint not null references skill (id),
    position       integer not null,
    article_text   text not null check (length(article_text) > 0),
    required_level integer not null check (required_level between 1 and 4),
    weight         integer not null check (weight between 1 and 5),
    rationale      text not null check (length(rationale) > 0),
    primary key (role_id, skill_id)
);
create index role_skill_skill_id_idx on role_skill (skill_id);
--rollback drop table role_skill;
