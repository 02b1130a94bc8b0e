-- The inputs of schedule risk analysis (docs/api.md, "Schedule risk inputs"): per project, the rule for tasks without
-- an estimate, three-point estimates per task, groups of correlated tasks, and risks of the register as probabilistic
-- events on tasks. One document per project, replaced as a whole under one version.
create table sra_inputs (
    project_id           uuid primary key,
    default_distribution text          not null,
    default_low_percent  numeric(5, 2) not null,
    default_high_percent numeric(6, 2) not null,
    updated_at           timestamptz   not null,
    updated_by           text          not null,
    version              bigint        not null
);

create table sra_estimate (
    project_id          uuid   not null references sra_inputs (project_id) on delete cascade,
    task_id             uuid   not null,
    distribution        text   not null,
    optimistic_minutes  bigint not null,
    most_likely_minutes bigint not null,
    pessimistic_minutes bigint not null,
    primary key (project_id, task_id),
    check (0 <= optimistic_minutes and optimistic_minutes <= most_likely_minutes
           and most_likely_minutes <= pessimistic_minutes)
);

create table sra_correlation_group (
    project_id  uuid          not null references sra_inputs (project_id) on delete cascade,
    position    int           not null,
    name        text          not null,
    correlation numeric(4, 3) not null check (correlation between 0 and 1),
    task_ids    uuid[]        not null,
    primary key (project_id, position)
);

create table sra_risk_event (
    project_id          uuid          not null references sra_inputs (project_id) on delete cascade,
    risk_id             uuid          not null references risk (id) on delete cascade,
    probability         numeric(5, 4) not null check (probability between 0 and 1),
    distribution        text          not null,
    min_minutes         bigint        not null,
    most_likely_minutes bigint        not null,
    max_minutes         bigint        not null,
    task_ids            uuid[]        not null,
    primary key (project_id, risk_id),
    check (0 <= min_minutes and min_minutes <= most_likely_minutes and most_likely_minutes <= max_minutes)
);
