-- Utilisation (docs/api.md): the resource pool as resources-service announces it (PersonChanged / PersonRemoved),
-- the highest version of each person.
create table mw_person (
    person_id               uuid primary key,
    version                 bigint         not null,
    name                    text           not null,
    username                text,
    team                    text,
    job_family              text           not null,
    capacity_hours_per_week numeric(6, 2)  not null,
    working_days            text           not null,
    changed_at              timestamptz    not null
);
create index mw_person_team on mw_person (team);
