--liquibase formatted sql

--changeset skillpath:045-limit-teams splitStatements:false
-- The database's own guards behind the service's team limits. Each takes the team's row lock, then (for
-- memberships) the member's account row, always in that order, so parallel joins are counted one after another
-- (as 033 explains for the per-user limits) and cannot deadlock each other: at most 200 members per team and
-- 20 teams per user; at most 50 open invitation links and 1,000 links in all per team; at most 20 pending
-- suggestions and 200 in all per member of a team.
create function team_member_limits() returns trigger language plpgsql as $$
begin
    perform 1 from team where id = new.team_id for no key update;
    perform 1 from app_user where id = new.member_id for no key update;
    if (select count(*) from team_member where team_id = new.team_id) > 200 then
        raise exception 'at most 200 members per team' using errcode = 'check_violation';
    end if;
    if (select count(*) from team_member where member_id = new.member_id) > 20 then
        raise exception 'at most 20 teams per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger team_member_limits after insert on team_member
    for each row execute function team_member_limits();
create function team_invitation_limits() returns trigger language plpgsql as $$
begin
    perform 1 from team where id = new.team_id for no key update;
    if (select count(*) from team_invitation where team_id = new.team_id and state = 'invited' and expires_at > now()) > 50 then
        raise exception 'at most 50 open invitation links per team' using errcode = 'check_violation';
    end if;
    if (select count(*) from team_invitation where team_id = new.team_id) > 1000 then
        raise exception 'at most 1000 invitation links per team' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger team_invitation_limits after insert on team_invitation
    for each row execute function team_invitation_limits();
create function team_suggestion_limits() returns trigger language plpgsql as $$
begin
    perform 1 from team where id = new.team_id for no key update;
    if (select count(*) from team_suggestion
            where team_id = new.team_id and member_id = new.member_id and state = 'suggested') > 20 then
        raise exception 'at most 20 pending suggestions per member of a team' using errcode = 'check_violation';
    end if;
    if (select count(*) from team_suggestion where team_id = new.team_id and member_id = new.member_id) > 200 then
        raise exception 'at most 200 suggestions per member of a team' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger team_suggestion_limits after insert on team_suggestion
    for each row execute function team_suggestion_limits();
--rollback drop trigger team_suggestion_limits on team_suggestion;
--rollback drop function team_suggestion_limits();
--rollback drop trigger team_invitation_limits on team_invitation;
--rollback drop function team_invitation_limits();
--rollback drop trigger team_member_limits on team_member;
--rollback drop function team_member_limits();
