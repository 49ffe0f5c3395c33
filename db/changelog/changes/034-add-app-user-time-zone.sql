--liquibase formatted sql

--changeset skillpath:034-add-app-user-time-zone
-- Each user's time zone (an IANA name such as Europe/Berlin), taken from the browser at sign-up and
-- changeable on the account page: "today", due dates and the calendar feed follow it. The service
-- checks the name against Java's zone list; the database bounds its size.
alter table app_user add column time_zone text not null default 'UTC'
    check (length(time_zone) between 1 and 64 and time_zone ~ '^[A-Za-z0-9/_+-]+$');
--rollback alter table app_user drop column time_zone;
