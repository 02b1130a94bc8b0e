-- Computed dates as the schedules topic's segments carry them: one row per segment of a project, its tasks' values in
-- arrays of the same order. A change on the critical path of a large plan republishes every segment; writing one row
-- per segment costs the database a small part of what rewriting one row per task did (most of what such a change
-- cost this service). st_task_dates becomes a view with the columns it had, so what reads it is unchanged.
create table st_date_segment (
    project_id          uuid        not null,
    segment             integer     not null,
    version             bigint      not null,
    task_ids            uuid[]      not null,
    -- The low 31 bits of each task id's least significant half: which segment a task belongs to under any count.
    low_bits            integer[]   not null,
    wbs                 text[]      not null,
    summary             boolean[]   not null,
    critical            boolean[]   not null,
    start_at            timestamp[] not null,
    finish_at           timestamp[] not null,
    total_slack_minutes bigint[]    not null,
    primary key (project_id, segment)
);
-- Rewritten on every change that moves a task in them: stored out of line without compressing.
alter table st_date_segment alter column task_ids set storage external;
alter table st_date_segment alter column wbs set storage external;
alter table st_date_segment alter column start_at set storage external;
alter table st_date_segment alter column finish_at set storage external;
alter table st_date_segment alter column total_slack_minutes set storage external;

insert into st_date_segment (project_id, segment, version, task_ids, low_bits, wbs, summary, critical, start_at,
                             finish_at, total_slack_minutes)
select project_id, segment, max(version),
       array_agg(task_id order by task_id),
       array_agg((('x' || right(task_id::text, 8))::bit(32)::integer & 2147483647) order by task_id),
       array_agg(wbs order by task_id), array_agg(summary order by task_id), array_agg(critical order by task_id),
       array_agg(start_at order by task_id), array_agg(finish_at order by task_id),
       array_agg(total_slack_minutes order by task_id)
from st_task_dates
group by project_id, segment;

drop table st_task_dates;

-- A task's row comes from the segment it belongs to under the project's current segment count (the last
-- ScheduleVersion's): while a version that changes the count is arriving, a task is never in two segments at once.
create view st_task_dates as
select s.project_id, t.task_id, s.segment, s.version, t.wbs, t.summary, t.critical, t.start_at, t.finish_at,
       t.total_slack_minutes
from st_date_segment s
join st_schedule h on h.project_id = s.project_id
cross join lateral unnest(s.task_ids, s.low_bits, s.wbs, s.summary, s.critical, s.start_at, s.finish_at,
                          s.total_slack_minutes)
    as t(task_id, low_bits, wbs, summary, critical, start_at, finish_at, total_slack_minutes)
where (t.low_bits & (h.date_segments - 1)) = s.segment;
