-- Progress and baselines: the planned cost of each task, and named baselines (a copy of every task's dates,
-- duration and planned cost at one moment) that the current schedule is compared with.

-- Planned cost of a task in the project's budget currency; null for none.
alter table schedule_task add column planned_cost numeric(14, 2) check (planned_cost >= 0);

create table baseline (
    id                  uuid primary key,
    project_id          uuid        not null references project (id) on delete cascade,
    name                text        not null check (length(name) between 1 and 200),
    description         text check (length(description) <= 2000),
    project_start       timestamp   not null,
    project_finish      timestamp   not null,
    total_planned_cost  numeric(16, 2) not null check (total_planned_cost >= 0),
    -- the project's budget currency when the baseline was saved; null when the project had no budget
    currency            char(3),
    task_count          integer     not null check (task_count >= 0),
    created_at          timestamptz not null,
    created_by          text        not null,
    version             bigint      not null default 0
);
create unique index baseline_project_name on baseline (project_id, lower(name));
create index baseline_project_created on baseline (project_id, created_at);

-- One row per task of the project when the baseline was saved. No foreign key to schedule_task: a baseline keeps
-- tasks that are deleted later (variance reports them as removed since the baseline).
create table baseline_task (
    id                uuid primary key,
    baseline_id       uuid        not null references baseline (id) on delete cascade,
    task_id           uuid        not null,
    position          integer     not null,
    parent_id         uuid,
    name              text        not null,
    wbs               text,
    summary           boolean     not null,
    milestone         boolean     not null,
    start             timestamp   not null,
    finish            timestamp   not null,
    duration_minutes  bigint      not null,
    planned_cost      numeric(16, 2),
    unique (baseline_id, task_id)
);
create index baseline_task_baseline on baseline_task (baseline_id, position);
