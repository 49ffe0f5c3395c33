--liquibase formatted sql

--changeset skillpath:029-limit-targets-per-user splitStatements:false
-- The service refuses a 101st target while holding the owner's lock; this trigger is the database's own
-- guard, so no path (a future one included) can store more. position (0-59) already bounds skills per target.
create function target_limit_per_owner() returns trigger language plpgsql as $$
begin
    if (select count(*) from target where owner_id = new.owner_id) > 100 then
        raise exception 'at most 100 targets per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger target_limit_per_owner after insert on target
    for each row execute function target_limit_per_owner();
--rollback drop trigger target_limit_per_owner on target;
--rollback drop function target_limit_per_owner();
