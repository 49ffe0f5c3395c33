--liquibase formatted sql

--changeset skillpath:021-add-app-user-color-scheme
-- Each user's choice of light or dark colours, remembered across sessions.
alter table app_user add column color_scheme text not null default 'light' check (color_scheme in ('light', 'dark'));
--rollback alter table app_user drop column color_scheme;
