-- PDF status reports (docs/api.md, "Status reports"), kept with their bytes: weekly ones (one per project and ISO
-- week, whichever replica makes it first) and those asked for.
create table status_report (
    id           uuid        primary key,
    project_id   uuid        not null,
    kind         text        not null check (kind in ('WEEKLY', 'ON_REQUEST')),
    week         date,
    as_of        date        not null,
    overall      text        not null,
    pages        int         not null,
    size_bytes   bigint      not null,
    requested_by text,
    generated_at timestamptz not null,
    pdf          bytea       not null
);
create index status_report_of_project on status_report (project_id, generated_at desc);
create unique index status_report_weekly on status_report (project_id, week) where kind = 'WEEKLY';
