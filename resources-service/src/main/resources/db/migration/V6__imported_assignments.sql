-- Assignments of imported plans (projects-service's AssignmentsImported): each resource of the file matched to a person
-- and allocated to the task, or reported as not matched.

create table imported_assignment (
    id             uuid          primary key,
    project_id     uuid          not null,
    import_id      uuid          not null,
    task_id        uuid          not null,
    task_name      text,
    resource_name  text,
    resource_email text,
    units          numeric(7, 2) not null,
    work_minutes   bigint        not null,
    -- MATCHED (waiting for the task's dates), ALLOCATED, UNMATCHED (no person), AMBIGUOUS (several people).
    status         text          not null,
    person_id      uuid,
    allocation_id  uuid,
    note           text,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index imported_assignment_project on imported_assignment (project_id, status);
