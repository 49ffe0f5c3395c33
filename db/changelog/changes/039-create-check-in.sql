--liquibase formatted sql

--changeset skillpath:039-create-check-in splitStatements:false
-- A check-in: the comparison of a submitted review frozen on a day (both sets of levels, the agreed levels, the
-- fits, the comments) as a JSON document written once. It never changes afterwards: the trigger refuses updates.
-- review_id is null for a check-in restored from a data file (the review itself is not exported).
create table check_in (
    id         bigint generated always as identity primary key,
    owner_id   bigint not null references app_user (id) on delete cascade,
    review_id  bigint,
    taken_at   timestamptz not null default now(),
    snapshot   jsonb not null check (jsonb_typeof(snapshot) = 'object' and octet_length(snapshot::text) <= 2000000),
    foreign key (owner_id, review_id) references review (owner_id, id) on delete set null (review_id)
);
create index check_in_owner_idx on check_in (owner_id, taken_at);
create function check_in_never_changes() returns trigger language plpgsql as $$
begin
    raise exception 'a check-in never changes' using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger check_in_never_changes before update on check_in
    for each row execute function check_in_never_changes();
--rollback drop table check_in;
--rollback drop function check_in_never_changes();
