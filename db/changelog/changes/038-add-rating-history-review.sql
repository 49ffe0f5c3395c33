--liquibase formatted sql

--changeset skillpath:038-add-rating-history-review
-- A rating the owner adopted from a reviewer's answer is marked with that review in the history.
-- The reference names the owner too (PostgreSQL 15+ "set null (review_id)"), so an entry can only name its own user's review.
alter table skill_rating_history add column review_id bigint,
    add foreign key (owner_id, review_id) references review (owner_id, id) on delete set null (review_id);
--rollback alter table skill_rating_history drop column review_id;
