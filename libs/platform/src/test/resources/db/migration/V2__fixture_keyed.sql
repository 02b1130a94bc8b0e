-- What the fixture's keyed batch consumer applied: one row per record, with the transaction that wrote it.
create table fixture_keyed (
    id          bigint generated always as identity primary key,
    record_key  text   not null,
    value       text   not null,
    tx          bigint not null
);
