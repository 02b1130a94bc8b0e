-- Projects' networks as the compacted schedules topic carries them (the latest record of every key of a project, its
-- version record apart), rebuilt into a schedule when a simulation runs; and the simulations: requested, queued,
-- running with their progress, then completed with their result, failed with the reason, or cancelled.
create table schedule_record (
    project_id uuid   not null,
    record_key text   not null,
    version    bigint not null,
    ce_type    text   not null,
    body       text   not null,
    primary key (project_id, record_key)
);

create table schedule_head (
    project_id uuid   primary key,
    version    bigint not null,
    body       text   not null
);

create table simulation (
    id                uuid        primary key,
    project_id        uuid        not null,
    status            text        not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    iterations        int         not null check (iterations between 1 and 1000000),
    seed              bigint      not null,
    milestone_ids     uuid[]      not null,
    target_finish     timestamp,
    requested_by      text        not null,
    requested_at      timestamptz not null,
    started_at        timestamptz,
    heartbeat_at      timestamptz,
    finished_at       timestamptz,
    done_iterations   int         not null default 0,
    cancel_requested  boolean     not null default false,
    schedule_version  bigint,
    inputs_version    bigint,
    failure           text,
    result            jsonb,
    task_statistics   jsonb
);
create index simulation_of_project on simulation (project_id, requested_at desc);
create index simulation_waiting on simulation (requested_at) where status in ('QUEUED', 'RUNNING');
