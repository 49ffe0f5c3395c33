--liquibase formatted sql

--changeset skillpath:023-add-catalog-item-lifecycle
-- Catalog items that users' data can point at (skills, tools, fields of study, roles) are never deleted
-- while that data exists: a retired item stays, hidden from new ratings, scores and plans. source_file is
-- the catalog file that last declared the item, so that a refused removal can name the file to edit;
-- renamed_from records the old key a rename was applied from (the row, its id and users' rows stay).
alter table skill add column retired boolean not null default false,
    add column source_file text, add column renamed_from text;
alter table tool add column retired boolean not null default false,
    add column source_file text, add column renamed_from text;
alter table field_of_study add column retired boolean not null default false,
    add column source_file text, add column renamed_from text;
alter table role add column retired boolean not null default false,
    add column source_file text, add column renamed_from text;
--rollback alter table skill drop column retired, drop column source_file, drop column renamed_from;
--rollback alter table tool drop column retired, drop column source_file, drop column renamed_from;
--rollback alter table field_of_study drop column retired, drop column source_file, drop column renamed_from;
--rollback alter table role drop column retired, drop column source_file, drop column renamed_from;
