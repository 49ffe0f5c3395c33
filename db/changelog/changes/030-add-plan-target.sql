--liquibase formatted sql

--changeset skillpath:030-add-plan-target
-- A plan is for a catalog role or for one of the owner's targets, never both. Deleting a target deletes
-- its plan (the user deleted the goal itself); a role's plan is protected as before (022).
alter table plan
    alter column role_id drop not null,
    add column target_id bigint,
    add constraint plan_target_fkey foreign key (owner_id, target_id) references target (owner_id, id) on delete cascade,
    add constraint plan_for_one_profile check (num_nonnulls(role_id, target_id) = 1),
    add constraint plan_owner_target_key unique (owner_id, target_id);
--rollback alter table plan drop constraint plan_owner_target_key, drop constraint plan_for_one_profile, drop constraint plan_target_fkey, drop column target_id, alter column role_id set not null;
