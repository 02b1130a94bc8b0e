-- Allocations: a person to a project over a period, at a percentage of their capacity or some hours a day.

create table allocation (
    id            uuid        primary key,
    -- A person with allocations cannot be removed (the service says so before the database would).
    person_id     uuid        not null references person (id),
    project_id    uuid        not null,
    first_day     date        not null,
    last_day      date        not null,
    percent       numeric(5, 2) check (percent > 0 and percent <= 100),
    hours_per_day numeric(4, 2) check (hours_per_day > 0 and hours_per_day <= 24),
    role          text,
    note          text,
    -- The day the project's closure released the allocation; it counts for no day after it.
    released_on   date,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null,
    check (last_day >= first_day),
    check ((percent is null) <> (hours_per_day is null))
);
create index allocation_project on allocation (project_id, first_day);
create index allocation_person on allocation (person_id, first_day);
