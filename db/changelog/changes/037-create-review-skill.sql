--liquibase formatted sql

--changeset skillpath:037-create-review-skill
-- The skills a review asks about, in the order shown, with the reviewer's answer: a level 0-4, or "can't judge",
-- and an optional comment. Neither answered is "not answered yet". own_level is the owner's own level when the
-- review was submitted (null: not rated), kept so that the comparison and its check-ins show both sets of levels
-- even after the owner adopts the reviewer's. Catalog skills only; a skill in use here cannot be dropped from the
-- catalog (it can be retired), like every other reference from users' data. The rows belong to the review's owner
-- (owner_id), whose account's deletion removes them; the reviewer's answers go with the review.
create table review_skill (
    owner_id     bigint not null references app_user (id) on delete cascade,
    review_id    bigint not null,
    skill_id     bigint not null references skill (id) on delete restrict,
    position     smallint not null check (position between 0 and 999),
    level        integer check (level between 0 and 4),
    cannot_judge boolean not null default false,
    comment      text check (comment is null or length(comment) between 1 and 2000),
    own_level    integer check (own_level between 0 and 4),
    primary key (review_id, skill_id),
    unique (review_id, position),
    check (not (cannot_judge and level is not null)),
    foreign key (owner_id, review_id) references review (owner_id, id) on delete cascade
);
--rollback drop table review_skill;
