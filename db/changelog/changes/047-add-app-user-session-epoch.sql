--liquibase formatted sql

--changeset skillpath:047-add-app-user-session-epoch
-- Which logins of an account are still good, for every node at once: a session remembers the value it
-- logged in with, and a password change raises it (in the statement that stores the new hash), so the
-- account's sessions on any node that logged in before are logged out at their next check. A deleted
-- account has no row, which ends its sessions the same way. A counter, not a time: nodes' clocks need not agree.
alter table app_user add column session_epoch integer not null default 0 check (session_epoch >= 0);
--rollback alter table app_user drop column session_epoch;
