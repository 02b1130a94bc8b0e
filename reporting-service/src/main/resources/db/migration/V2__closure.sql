-- Final reports produced when a project closes (design §3, flow 5): one per closure attempt, built from the
-- portfolio entry and the audit trail as they stood when the closure was requested.
create table final_report (
    id                    uuid primary key,
    project_id            uuid        not null,
    closure_id            uuid        not null unique,
    project_name          text        not null,
    project_type          text        not null,
    project_status        text        not null,
    manager_name          text,
    start_date            date,
    budget_amount         numeric(17, 2),
    budget_currency       char(3),
    closure_reason        text,
    requested_by_name     text,
    risk_disposition      text,
    risk_transfer_target  text,
    audit_entries         bigint      not null,
    first_event_at        timestamptz,
    last_event_at         timestamptz,
    events_by_type        text        not null default '{}',
    generated_at          timestamptz not null
);
create index final_report_project on final_report (project_id, generated_at desc);
