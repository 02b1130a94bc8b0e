-- The project replica kept by services that need project names and dates (resources-service, risk-service).
create table project_replica (
    project_id      uuid primary key,
    name            text        not null,
    type            text        not null,
    status          text        not null,
    start_date      date,
    source_version  bigint      not null,
    updated_at      timestamptz not null
);
