--liquibase formatted sql

--changeset skillpath:040-limit-reviews-per-user splitStatements:false
-- The database's own guards behind the service's limits (each takes the owner's row lock first, as 033 explains):
-- at most 10 open invitations per user (a link not yet used and not expired, or a review accepted by a reviewer
-- who still has an account), at most 200 reviews per user in all, and at most 50 check-ins per review and 500 per user.
create function review_limit_per_owner() returns trigger language plpgsql as $$
begin
    perform 1 from app_user where id = new.owner_id for no key update;
    if (select count(*) from review where owner_id = new.owner_id
            and ((state = 'invited' and expires_at > now()) or (state = 'accepted' and reviewer_id is not null))) > 10 then
        raise exception 'at most 10 open review invitations per user' using errcode = 'check_violation';
    end if;
    if (select count(*) from review where owner_id = new.owner_id) > 200 then
        raise exception 'at most 200 reviews per user' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger review_limit_per_owner after insert on review
    for each row execute function review_limit_per_owner();
create function check_in_limit_per_owner() returns trigger language plpgsql as $$
begin
    perform 1 from app_user where id = new.owner_id for no key update;
    if (select count(*) from check_in where owner_id = new.owner_id) > 500 then
        raise exception 'at most 500 check-ins per user' using errcode = 'check_violation';
    end if;
    if new.review_id is not null and (select count(*) from check_in where review_id = new.review_id) > 50 then
        raise exception 'at most 50 check-ins per review' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger check_in_limit_per_owner after insert on check_in
    for each row execute function check_in_limit_per_owner();
--rollback drop trigger check_in_limit_per_owner on check_in;
--rollback drop function check_in_limit_per_owner();
--rollback drop trigger review_limit_per_owner on review;
--rollback drop function review_limit_per_owner();
