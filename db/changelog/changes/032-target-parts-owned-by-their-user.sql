--liquibase formatted sql

--changeset skillpath:032-target-parts-owned-by-their-user
-- The parts of targets and the history of custom skills reach app_user through their parent (target or
-- custom_skill, which cascade), but every personal table names its owner directly, so that deleting an
-- account is one visible rule for all of them (PersonalDataTest checks it table by table).
alter table target_skill add constraint target_skill_owner_fkey
    foreign key (owner_id) references app_user (id) on delete cascade;
alter table target_education_field add constraint target_education_field_owner_fkey
    foreign key (owner_id) references app_user (id) on delete cascade;
alter table target_tool add constraint target_tool_owner_fkey
    foreign key (owner_id) references app_user (id) on delete cascade;
alter table custom_skill_rating_history add constraint custom_skill_rating_history_owner_fkey
    foreign key (owner_id) references app_user (id) on delete cascade;
--rollback alter table target_skill drop constraint target_skill_owner_fkey;
--rollback alter table target_education_field drop constraint target_education_field_owner_fkey;
--rollback alter table target_tool drop constraint target_tool_owner_fkey;
--rollback alter table custom_skill_rating_history drop constraint custom_skill_rating_history_owner_fkey;
