-- Time entries: hours a person worked on a project (and optionally one of its tasks) on a day, approved by the
-- project's manager. Approved hours are the actual hours that actual cost is worked out from.

create table time_entry (
    id            uuid          primary key,
    person_id     uuid          not null references person (id),
    project_id    uuid          not null,
    task_id       uuid,
    day           date          not null,
    hours         numeric(4, 2) not null check (hours > 0 and hours <= 24),
    note          text,
    -- SUBMITTED -> APPROVED (final) or REJECTED (changed and so submitted again, or removed).
    status        text          not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    entered_by    text          not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);
create index time_entry_person on time_entry (person_id, day);
create index time_entry_project on time_entry (project_id, status, day);
