-- My work (docs/api.md, "My work"): people's allocations from resources-service's AllocationChanged / AllocationRemoved, the highest
-- version of each. The dates of an allocation to a task are the task's, read from st_task_dates when asked.
create table mw_allocation (
    allocation_id uuid primary key,
    project_id    uuid          not null,
    version       bigint        not null,
    person_id     uuid          not null,
    person_name   text,
    username      text,
    task_id       uuid,
    first_day     date          not null,
    last_day      date          not null,
    percent       numeric(7, 2),
    hours_per_day numeric(7, 2),
    role          text,
    released_on   date,
    changed_at    timestamptz   not null
);
create index mw_allocation_username on mw_allocation (lower(username));
create index mw_allocation_project on mw_allocation (project_id);
