-- Charter: one per project, with its own version. Structured parts (objectives with their KPIs, deliverables with
-- their acceptance criteria, the scope lists) are value objects read and written with the charter as a whole, so
-- they are stored as JSON documents; the checks keep them well-formed JSON arrays.
create table project_charter (
    project_id           uuid primary key references project (id) on delete cascade,
    scope_statement      text check (length(scope_statement) <= 10000),
    objectives           text not null default '[]' check (json_typeof(objectives::json) = 'array'),
    deliverables         text not null default '[]' check (json_typeof(deliverables::json) = 'array'),
    in_scope             text not null default '[]' check (json_typeof(in_scope::json) = 'array'),
    out_of_scope         text not null default '[]' check (json_typeof(out_of_scope::json) = 'array'),
    constraints          text not null default '[]' check (json_typeof(constraints::json) = 'array'),
    assumptions          text not null default '[]' check (json_typeof(assumptions::json) = 'array'),
    contingency_amount   numeric(17, 2) check (contingency_amount >= 0),
    contingency_currency char(3),
    sponsor_name         text,
    sponsor_user_id      text,
    sponsor_email        text,
    priority             text check (priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    planned_end_date     date,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    updated_by           text        not null,
    version              bigint      not null default 0,
    check ((contingency_amount is null) = (contingency_currency is null)),
    check (sponsor_name is not null or (sponsor_user_id is null and sponsor_email is null))
);

-- Lifecycle: where an ON_HOLD project resumes.
alter table project add column status_before_hold text
    check (status_before_hold is null or status_before_hold in ('PLANNING', 'EXECUTING'));

-- Stakeholder register.
create table stakeholder (
    id                   uuid primary key,
    project_id           uuid        not null references project (id) on delete cascade,
    kind                 text        not null check (kind in ('PERSON', 'ORGANISATION')),
    name                 text        not null check (length(name) between 1 and 200),
    organisation         text,
    role                 text,
    email                text,
    phone                text,
    interest             smallint    not null check (interest between 1 and 5),
    influence            smallint    not null check (influence between 1 and 5),
    current_engagement   text,
    desired_engagement   text,
    comm_channel         text,
    comm_frequency       text,
    comm_owner           text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);
create index stakeholder_project on stakeholder (project_id, lower(name));
