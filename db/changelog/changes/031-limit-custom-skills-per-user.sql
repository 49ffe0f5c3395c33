--liquibase formatted sql

--changeset skillpath:031-limit-custom-skills-per-user splitStatements:false
-- Custom skills stay when the targets that made them are deleted (their ratings are the user's), so without a
-- bound of their own they could pile up target after target. The service refuses the 201st; this is the
-- database's own guard, as 029 is for targets.
create function custom_skill_limit_per_owner() returns trigger language plpgsql as $$
begin
    if (select count(*) from custom_skill where owner_id = new.owner_id) > 200 then
        raise exception 'at most 200 custom skills per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger custom_skill_limit_per_owner after insert on custom_skill
    for each row execute function custom_skill_limit_per_owner();
--rollback drop trigger custom_skill_limit_per_owner on custom_skill;
--rollback drop function custom_skill_limit_per_owner();
