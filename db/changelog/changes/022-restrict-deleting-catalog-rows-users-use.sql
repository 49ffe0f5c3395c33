--liquibase formatted sql

--changeset skillpath:022-restrict-deleting-catalog-rows-users-use
-- Users' ratings, history, tools, education answers and plans pointed at catalog rows "on delete cascade"
-- (or "set null"), so removing a key from db/catalog silently deleted every user's rows for it at the next
-- start. With "restrict" the database itself refuses that loss; the catalog loader refuses it first with a
-- message saying how to keep the data (renamed-from, retired). Deleting an account still cascades.
alter table skill_rating
    drop constraint skill_rating_skill_id_fkey,
    add constraint skill_rating_skill_id_fkey foreign key (skill_id) references skill (id) on delete restrict;
alter table skill_rating_history
    drop constraint skill_rating_history_skill_id_fkey,
    add constraint skill_rating_history_skill_id_fkey foreign key (skill_id) references skill (id) on delete restrict;
alter table tool_experience
    drop constraint tool_experience_tool_id_fkey,
    add constraint tool_experience_tool_id_fkey foreign key (tool_id) references tool (id) on delete restrict;
alter table education_answer
    drop constraint education_answer_field_of_study_id_fkey,
    add constraint education_answer_field_of_study_id_fkey foreign key (field_of_study_id) references field_of_study (id) on delete restrict;
alter table plan
    drop constraint plan_role_id_fkey,
    add constraint plan_role_id_fkey foreign key (role_id) references role (id) on delete restrict;
--rollback alter table skill_rating drop constraint skill_rating_skill_id_fkey, add constraint skill_rating_skill_id_fkey foreign key (skill_id) references skill (id) on delete cascade;
--rollback alter table skill_rating_history drop constraint skill_rating_history_skill_id_fkey, add constraint skill_rating_history_skill_id_fkey foreign key (skill_id) references skill (id) on delete cascade;
--rollback alter table tool_experience drop constraint tool_experience_tool_id_fkey, add constraint tool_experience_tool_id_fkey foreign key (tool_id) references tool (id) on delete cascade;
--rollback alter table education_answer drop constraint education_answer_field_of_study_id_fkey, add constraint education_answer_field_of_study_id_fkey foreign key (field_of_study_id) references field_of_study (id) on delete set null;
--rollback alter table plan drop constraint plan_role_id_fkey, add constraint plan_role_id_fkey foreign key (role_id) references role (id) on delete cascade;
