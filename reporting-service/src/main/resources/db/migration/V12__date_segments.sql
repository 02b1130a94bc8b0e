-- The version of each project's segment of computed dates last applied. A segment's record is applied only when it is
-- not older than this; then only the task rows whose values changed are rewritten (st_task_dates.version is now the
-- version in which a row last changed, no longer the segment's).
create table st_date_segment (
    project_id uuid    not null,
    segment    integer not null,
    version    bigint  not null,
    primary key (project_id, segment)
);

insert into st_date_segment (project_id, segment, version)
select project_id, segment, max(version) from st_task_dates group by project_id, segment;

-- Room on each page for a changed row's new version next to the old one, so that rewriting dates (no indexed column
-- changes) updates in place without touching the indexes.
alter table st_task_dates set (fillfactor = 80);
