-- Earned value (ADR 0020): what it is computed from, kept as the events delivered it.

-- Baselines as saved (BaselineSaved, in pages): the latest complete one is a project's current baseline.
create table ev_baseline (
    baseline_id        uuid primary key,
    project_id         uuid        not null,
    name               text        not null,
    currency           char(3),
    total_planned_cost numeric(17, 2),
    saved_at           timestamptz not null,
    page_count         integer     not null check (page_count > 0),
    pages_received     integer     not null default 0
);
create index ev_baseline_project on ev_baseline (project_id, saved_at desc);

create table ev_baseline_task (
    baseline_id  uuid           not null references ev_baseline (baseline_id) on delete cascade,
    task_id      uuid           not null,
    name         text           not null,
    summary      boolean        not null,
    milestone    boolean        not null,
    start_at     timestamp,
    finish_at    timestamp,
    planned_cost numeric(17, 2),
    primary key (baseline_id, task_id)
);

-- Every progress report of a task (TaskProgressReported), so earned value can be asked for any past status date.
create table ev_progress (
    project_id       uuid          not null,
    task_id          uuid          not null,
    version          bigint        not null,
    status_date      timestamp     not null,
    reported_at      timestamptz   not null,
    percent_complete numeric(5, 2) not null,
    planned_cost     numeric(17, 2),
    primary key (project_id, task_id, version)
);
create index ev_progress_status on ev_progress (project_id, status_date);

-- A project's actual cost as resources-service last recorded it (CostActualsRecorded replaces it whole).
create table ev_actuals (
    project_id    uuid primary key,
    recorded_at   timestamptz    not null,
    unrated_hours numeric(12, 2) not null
);

create table ev_actuals_week (
    project_id uuid           not null references ev_actuals (project_id) on delete cascade,
    week_start date           not null,
    currency   char(3)        not null,
    hours      numeric(12, 2) not null,
    amount     numeric(17, 2) not null,
    primary key (project_id, week_start, currency)
);
