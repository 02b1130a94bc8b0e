-- Effects of the fixture's handler and endpoint. Nothing here is unique per event: an event applied twice would
-- show as two rows, which is what the tests look for.
create table fixture_effect (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null,
    applied_at  timestamptz not null default now()
);

create table fixture_note (
    id    bigint generated always as identity primary key,
    text  text not null
);
