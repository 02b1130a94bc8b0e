-- A project's mark for the next status snapshot is appended, not upserted. With one row per project, two consumers
-- marking the same project waited for each other's commit (insert ... on conflict waits on an uncommitted row), and
-- every consumer marking a project waited for the snapshot job, which deletes the marks at the start of its
-- transaction and holds them until it has written every snapshot. Appended rows conflict with nothing.
create table report_mark (
    seq        bigint generated always as identity primary key,
    project_id uuid        not null,
    marked_at  timestamptz not null default now()
);

insert into report_mark (project_id, marked_at) select project_id, marked_at from report_dirty;

drop table report_dirty;
