--liquibase formatted sql

--changeset skillpath:033-limits-per-user-hold-under-parallel-inserts splitStatements:false
-- The guards of 029 and 031 counted without a lock: two transactions adding a user's 100th target (or 200th
-- custom skill) at once each counted the other's row as not there yet, and both committed. Each now locks the
-- owner's account row first (as TargetService does through AccountService.lockMine, so the service's own path
-- takes no new lock and cannot deadlock with it); the second waits for the first, then counts its row.
-- "for no key update" still lets other tables' foreign keys to app_user be checked meanwhile.
create or replace function target_limit_per_owner() returns trigger language plpgsql as $$
begin
    perform 1 from app_user where id = new.owner_id for no key update;
    if (select count(*) from target where owner_id = new.owner_id) > 100 then
        raise exception 'at most 100 targets per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create or replace function custom_skill_limit_per_owner() returns trigger language plpgsql as $$
begin
    perform 1 from app_user where id = new.owner_id for no key update;
    if (select count(*) from custom_skill where owner_id = new.owner_id) > 200 then
        raise exception 'at most 200 custom skills per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
--rollback select 1;
