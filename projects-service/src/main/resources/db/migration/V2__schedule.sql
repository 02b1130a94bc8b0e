-- Scheduling: calendars, the WBS (tasks), dependencies, and the computed schedule of each project.

create table schedule_calendar (
    id          uuid primary key,
    project_id  uuid        not null references project (id) on delete cascade,
    name        text        not null check (length(name) between 1 and 200),
    parent_id   uuid        references schedule_calendar (id),
    -- weekly working periods and exceptions, JSON written by projects-service
    definition  text        not null,
    external_id text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create index schedule_calendar_project on schedule_calendar (project_id);

-- One row per project with a schedule: its settings and the span last computed.
create table project_schedule (
    project_id            uuid primary key references project (id) on delete cascade,
    default_calendar_id   uuid references schedule_calendar (id),
    start_time            time,
    status_date           timestamp,
    move_remaining_work   boolean     not null default false,
    schedule_start        timestamp,
    schedule_finish       timestamp,
    calculated_at         timestamptz,
    version               bigint      not null default 0
);

create table schedule_task (
    id                  uuid primary key,
    project_id          uuid        not null references project (id) on delete cascade,
    position            bigint      not null,
    external_id         integer,
    name                text        not null check (length(name) between 1 and 500),
    parent_id           uuid        references schedule_task (id),
    wbs                 text,
    duration_minutes    bigint      not null check (duration_minutes >= 0),
    elapsed             boolean     not null default false,
    milestone           boolean     not null default false,
    manual              boolean     not null default false,
    manual_start        timestamp,
    manual_finish       timestamp,
    constraint_type     text        not null,
    constraint_date     timestamp,
    deadline            timestamp,
    calendar_id         uuid        references schedule_calendar (id),
    actual_start        timestamp,
    actual_finish       timestamp,
    percent_complete    numeric(5, 2) not null default 0 check (percent_complete between 0 and 100),
    actual_minutes      bigint      check (actual_minutes >= 0),
    remaining_minutes   bigint      check (remaining_minutes >= 0),
    -- work assignments that drive the duration of imported resource-driven tasks (JSON), or null
    assignments         text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);
create index schedule_task_project on schedule_task (project_id, position);
create index schedule_task_parent on schedule_task (parent_id);
create unique index schedule_task_external on schedule_task (project_id, external_id);

create table schedule_dependency (
    id              uuid primary key,
    project_id      uuid        not null references project (id) on delete cascade,
    predecessor_id  uuid        not null references schedule_task (id) on delete cascade,
    successor_id    uuid        not null references schedule_task (id) on delete cascade,
    type            text        not null,
    lag_value       double precision not null default 0,
    lag_unit        text        not null,
    created_at      timestamptz not null,
    version         bigint      not null default 0,
    unique (predecessor_id, successor_id)
);
create index schedule_dependency_project on schedule_dependency (project_id, created_at);
create index schedule_dependency_successor on schedule_dependency (successor_id);

-- The computed dates of each task (not part of the task's version: recomputation is not an edit).
create table schedule_task_dates (
    task_id             uuid primary key references schedule_task (id) on delete cascade,
    project_id          uuid      not null,
    wbs                 text      not null,
    outline_level       integer   not null,
    summary             boolean   not null,
    start_at            timestamp not null,
    finish_at           timestamp not null,
    early_start         timestamp not null,
    early_finish        timestamp not null,
    late_start          timestamp not null,
    late_finish         timestamp not null,
    duration_minutes    bigint    not null,
    total_slack_minutes bigint    not null,
    free_slack_minutes  bigint    not null,
    critical            boolean   not null
);
create index schedule_task_dates_project on schedule_task_dates (project_id);
