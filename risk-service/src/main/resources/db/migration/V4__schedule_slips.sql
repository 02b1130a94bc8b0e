-- What risk-service follows of projects' schedules to see slips against the current baseline: each baseline's
-- finish and milestones (the latest saved is the current one), the project's latest computed finish, and the
-- subjects (the finish, a milestone) that are beyond the threshold now, each with the episode that crossed it.
create table baseline_watch (
    baseline_id uuid        primary key,
    project_id  uuid        not null,
    name        text        not null,
    finish      timestamp,
    saved_at    timestamptz not null
);
create index baseline_watch_of_project on baseline_watch (project_id, saved_at desc);

create table baseline_milestone (
    baseline_id uuid        not null references baseline_watch (baseline_id) on delete cascade,
    task_id     uuid        not null,
    name        text        not null,
    finish      timestamp   not null,
    primary key (baseline_id, task_id)
);

create table schedule_finish (
    project_id  uuid        primary key,
    finish      timestamp   not null,
    version     bigint      not null
);

create table slip_episode (
    project_id  uuid        not null,
    subject     text        not null,
    episode_id  uuid        not null,
    primary key (project_id, subject)
);
