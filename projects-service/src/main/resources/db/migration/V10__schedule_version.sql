-- The version of each project's published schedule. Changes of one project's schedule are serialised by a row lock on
-- its project_schedule row, and each advances this version; the compacted schedules topic carries it. Existing
-- schedules start at 0, so their next change publishes the whole network on the schedules topic.
alter table project_schedule add column schedule_version bigint not null default 0;
