--liquibase formatted sql

--changeset skillpath:001-create-article
-- The source article the catalog is drawn from: its title, date, introduction and conclusion.
create table article (
    id          bigint generated always as identity primary key,
    key         text not null unique check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text not null check (length(title) between 1 and 300),
    published   date not null,
    read_time   text not null,
    introduction text not null,
    conclusion  text not null
);
--rollback drop table article;
