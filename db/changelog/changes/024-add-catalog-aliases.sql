--liquibase formatted sql

--changeset skillpath:024-add-catalog-aliases
-- The other words job postings use for a skill, tool or field of study ("PyTorch", "A/B testing", "CS"), as the
-- catalog files list them; the posting analysis matches them. Order as in the files; empty when a file lists none.
alter table skill add column aliases text[] not null default '{}';
alter table tool add column aliases text[] not null default '{}';
alter table field_of_study add column aliases text[] not null default '{}';
--rollback alter table skill drop column aliases;
--rollback alter table tool drop column aliases;
--rollback alter table field_of_study drop column aliases;
