create table project (
    id              uuid primary key,
    name            text        not null check (length(name) between 1 and 200),
    description     text,
    type            text        not null,
    status          text        not null,
    manager_id      text        not null,
    manager_name    text,
    start_date      date        not null,
    budget_amount   numeric(17, 2) check (budget_amount >= 0),
    budget_currency char(3),
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    check ((budget_amount is null) = (budget_currency is null))
);
create index project_created_at on project (created_at desc);
create index project_lower_name on project (lower(name));
