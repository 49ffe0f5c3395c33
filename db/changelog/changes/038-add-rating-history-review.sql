--liquibase formatted sql

--changeset skillpath:038-add-rating-history-review
-- A rating the owner adopted from a reviewer's answer is marked with that review in the history.
alter table skill_rating_history add column review_id bigint references review (id) on delete set null;
--rollback alter table skill_rating_history drop column review_id;
