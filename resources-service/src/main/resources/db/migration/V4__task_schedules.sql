-- What resources-service keeps of each project's computed schedule, from the compacted schedules topic: the dates
-- segments (latest record per key) and the last complete version applied to the allocations that follow tasks.

create table schedule_segment (
    project_id uuid   not null,
    segment    integer not null,
    version    bigint not null,
    body       text   not null,
    primary key (project_id, segment)
);
alter table schedule_segment alter column body set storage external;

create table schedule_header (
    project_id    uuid    primary key,
    version       bigint  not null,
    date_segments integer not null,
    task_count    integer not null,
    -- The last version whose segments were all present and applied; null until one was.
    applied_version bigint
);

-- An allocation to a task takes the task's dates, and moves when they move.
alter table allocation add column task_id uuid;
alter table allocation add column task_critical boolean;
create index allocation_task on allocation (project_id, task_id) where task_id is not null;
