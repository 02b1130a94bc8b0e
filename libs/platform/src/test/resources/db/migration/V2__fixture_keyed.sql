-- What the fixture's batch consumer of a keyed topic applied: the last value of each key, and how many times a value
-- was applied to it (a superseded record of a batch is not).
create table fixture_keyed (
    record_key   text    primary key,
    value        text    not null,
    applications integer not null
);
