create table portfolio_project (
    project_id      uuid primary key,
    name            text        not null,
    type            text        not null,
    status          text        not null,
    manager_id      text,
    manager_name    text,
    start_date      date,
    budget_amount   numeric(17, 2),
    budget_currency char(3),
    source_version  bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create table audit_entry (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    project_id   uuid,
    event_type   text        not null,
    source       text        not null,
    actor        text        not null,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null,
    data         text
);
create index audit_entry_project on audit_entry (project_id, occurred_at desc);
