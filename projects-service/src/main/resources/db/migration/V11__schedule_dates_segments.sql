-- Computed dates are stored by segment of a project's tasks (a few hundred tasks per row, the JSON of the
-- ScheduleDates record published for the segment) instead of one row per task: an edit that moves thousands of tasks
-- then writes a few rows. The old rows are not converted: every project with tasks is marked for republication, and
-- projects-service recomputes such a project from its network, stores its segments and publishes it whole on the
-- schedules topic (gantry.projects.schedules.v3) shortly after it starts.
create table schedule_dates_segment (
    project_id uuid    not null references project (id) on delete cascade,
    segment    integer not null,
    version    bigint  not null,
    body       text    not null,
    primary key (project_id, segment)
);
-- Stored uncompressed: a segment is 20-40 KB of JSON rewritten by every edit that moves its tasks, and compressing it
-- costs the database more CPU than the space it saves. The rewrites make autovacuum visit the table and its TOAST
-- table often; it must not truncate them, as truncating takes a lock that stalls every edit's write meanwhile.
-- Free space on each page lets a rewrite stay on its page (a HOT update).
alter table schedule_dates_segment alter column body set storage external;
alter table schedule_dates_segment set (fillfactor = 70, vacuum_truncate = false, toast.vacuum_truncate = false);

alter table project_schedule add column date_segments integer not null default 0;
alter table project_schedule add column republish boolean not null default false;
update project_schedule ps set republish = true
    where exists (select 1 from schedule_task t where t.project_id = ps.project_id);

drop table schedule_task_dates;
