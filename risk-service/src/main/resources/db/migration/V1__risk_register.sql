-- The organisation's scoring matrix: one current row, and every version it has had (who changed it and why).
create table risk_matrix (
    version             bigint      primary key,
    probability_labels  text[]      not null,
    probability_percents integer[]  not null,
    impact_labels       text[]      not null,
    medium_from         integer     not null,
    high_from           integer     not null,
    critical_from       integer     not null,
    changed_by          text        not null,
    reason              text        not null,
    changed_at          timestamptz not null
);
insert into risk_matrix values (0,
    array['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'], array[5, 20, 50, 70, 90],
    array['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'], 5, 10, 15, 'gantry', 'Default 5 x 5 matrix',
    '2026-01-01T00:00:00Z');

-- Risk categories: the standard IT ones, and the organisation's own added by the PMO.
create table risk_category (
    code        text        primary key,
    name        text        not null,
    standard    boolean     not null,
    created_at  timestamptz not null
);
insert into risk_category (code, name, standard, created_at) values
    ('CYBERSECURITY', 'Cybersecurity', true, '2026-01-01T00:00:00Z'),
    ('NEW_TECHNOLOGY', 'Integration of new technology', true, '2026-01-01T00:00:00Z'),
    ('TECHNICAL', 'Technical / architecture', true, '2026-01-01T00:00:00Z'),
    ('DATA_MIGRATION', 'Data migration', true, '2026-01-01T00:00:00Z'),
    ('VENDOR', 'Vendor / third party', true, '2026-01-01T00:00:00Z'),
    ('COMPLIANCE', 'Compliance / privacy', true, '2026-01-01T00:00:00Z'),
    ('SCHEDULE', 'Schedule', true, '2026-01-01T00:00:00Z'),
    ('COST', 'Cost', true, '2026-01-01T00:00:00Z'),
    ('RESOURCE', 'Resource', true, '2026-01-01T00:00:00Z'),
    ('OPERATIONS', 'Operations / downtime', true, '2026-01-01T00:00:00Z');

-- A project's risk register. number is the risk's place in its project (R-1, R-2, ...).
create table risk (
    id                      uuid        primary key,
    project_id              uuid        not null,
    number                  integer     not null,
    title                   text        not null,
    cause                   text,
    event                   text,
    effect                  text,
    category                text        not null references risk_category (code),
    owner                   text,
    status                  text        not null,
    proximity               date,
    risk_trigger            text,
    strategy                text,
    probability             integer,
    impact                  integer,
    residual_probability    integer,
    residual_impact         integer,
    schedule_impact_days    integer,
    cost_impact             numeric(14, 2),
    currency                text,
    quality_impact          text,
    tags                    text[]      not null default '{}',
    task_ids                uuid[]      not null default '{}',
    next_review_on          date,
    last_reviewed_at        timestamptz,
    issue_id                uuid,
    created_by              text        not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null,
    unique (project_id, number)
);
create index risk_open_by_project on risk (project_id) where status <> 'CLOSED';

-- Every change of a risk's scores, with who made it and why.
create table risk_score_change (
    id                      uuid        primary key,
    risk_id                 uuid        not null references risk (id) on delete cascade,
    changed_at              timestamptz not null,
    changed_by              text        not null,
    reason                  text        not null,
    probability             integer,
    impact                  integer,
    residual_probability    integer,
    residual_impact         integer,
    schedule_impact_days    integer,
    cost_impact             numeric(14, 2)
);
create index risk_score_change_of_risk on risk_score_change (risk_id, changed_at);

-- Every status change of a risk.
create table risk_status_change (
    id          uuid        primary key,
    risk_id     uuid        not null references risk (id) on delete cascade,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    from_status text,
    to_status   text        not null,
    reason      text
);
create index risk_status_change_of_risk on risk_status_change (risk_id, changed_at);

-- The actions of a risk's response.
create table risk_action (
    id          uuid        primary key,
    risk_id     uuid        not null references risk (id) on delete cascade,
    description text        not null,
    owner       text,
    due_on      date,
    cost        numeric(14, 2),
    status      text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);
create index risk_action_of_risk on risk_action (risk_id);

-- Periodic reviews of a risk.
create table risk_review (
    id              uuid        primary key,
    risk_id         uuid        not null references risk (id) on delete cascade,
    reviewed_at     timestamptz not null,
    reviewed_by     text        not null,
    notes           text        not null,
    next_review_on  date
);
create index risk_review_of_risk on risk_review (risk_id, reviewed_at);

-- The project's issue log: risks that occurred, and issues raised directly.
create table project_issue (
    id          uuid        primary key,
    project_id  uuid        not null,
    number      integer     not null,
    risk_id     uuid        references risk (id),
    title       text        not null,
    description text,
    owner       text,
    status      text        not null,
    resolution  text,
    raised_by   text        not null,
    raised_at   timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null,
    unique (project_id, number)
);
