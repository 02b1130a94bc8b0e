-- Project status (ADR 0021): what the status report is computed from, each table built only from events.

-- gantry.risks.v1: every risk of every project as it now stands.
create table st_risk (
    risk_id                 uuid primary key,
    project_id              uuid        not null,
    risk_key                text,
    title                   text        not null,
    category                text,
    owner                   text,
    status                  text        not null,
    probability             integer,
    impact                  integer,
    score                   integer,
    level                   text,
    residual_score          integer,
    residual_level          text,
    schedule_impact_days    integer,
    cost_impact             numeric(17, 2),
    currency                char(3),
    expected_monetary_value numeric(17, 2),
    raised_at               timestamptz not null,
    updated_at              timestamptz not null
);
create index st_risk_project on st_risk (project_id);
create index st_risk_owner on st_risk (lower(owner));

-- Response actions announced overdue (RiskResponseOverdue), until their risk is closed.
create table st_risk_action_overdue (
    action_id   uuid primary key,
    risk_id     uuid        not null,
    project_id  uuid        not null,
    action      text        not null,
    owner       text,
    due_on      date        not null,
    status      text        not null,
    detected_at timestamptz not null
);
create index st_risk_action_overdue_project on st_risk_action_overdue (project_id);
create index st_risk_action_overdue_owner on st_risk_action_overdue (lower(owner));

-- gantry.projects.v1: action items agreed in meetings.
create table st_action_item (
    action_item_id uuid primary key,
    project_id     uuid   not null,
    meeting_id     uuid,
    description    text   not null,
    owner_user_id  text,
    owner_name     text,
    due_date       date,
    status         text   not null,
    task_id        uuid,
    version        bigint not null
);
create index st_action_item_project on st_action_item (project_id);
create index st_action_item_owner on st_action_item (owner_user_id);

-- gantry.resources.v1: open over-allocation episodes and the projects (tasks) on their peak day.
create table st_overallocation (
    episode_id      uuid primary key,
    person_id       uuid           not null,
    person_name     text,
    first_day       date           not null,
    last_day        date           not null,
    peak_day        date           not null,
    allocated_hours numeric(12, 2) not null,
    available_hours numeric(12, 2) not null,
    detected_at     timestamptz    not null
);

create table st_overallocation_share (
    episode_id    uuid           not null references st_overallocation (episode_id) on delete cascade,
    allocation_id uuid           not null,
    project_id    uuid           not null,
    task_id       uuid,
    critical      boolean,
    hours         numeric(12, 2) not null,
    primary key (episode_id, allocation_id)
);
create index st_overallocation_share_project on st_overallocation_share (project_id);

-- gantry.projects.schedules.v3 (compacted): each project's schedule version, its tasks as entered and their
-- computed dates, applied by key and version.
create table st_schedule (
    project_id    uuid primary key,
    version       bigint    not null,
    start_at      timestamp,
    finish_at     timestamp,
    status_date   timestamp,
    task_count    integer   not null,
    date_segments integer   not null
);

create table st_task (
    project_id       uuid    not null,
    task_id          uuid    not null,
    version          bigint  not null,
    name             text    not null,
    parent_id        uuid,
    milestone        boolean not null,
    deadline         timestamp,
    percent_complete numeric(5, 2),
    primary key (project_id, task_id)
);

create table st_task_dates (
    project_id          uuid      not null,
    task_id             uuid      not null,
    segment             integer   not null,
    version             bigint    not null,
    wbs                 text,
    summary             boolean   not null,
    critical            boolean   not null,
    start_at            timestamp not null,
    finish_at           timestamp not null,
    total_slack_minutes bigint    not null,
    primary key (project_id, task_id)
);
create index st_task_dates_segment on st_task_dates (project_id, segment);

-- The PMO's thresholds for the RAG ratings: one row, edited through the API (If-Match on its version).
create table st_thresholds (
    id         integer primary key check (id = 1),
    body       text        not null,
    version    bigint      not null,
    updated_by text        not null,
    updated_at timestamptz not null
);

-- History: each project's status (with its earned value at the status date) as reported on a day. Taken for every
-- project once a day and again for a project whenever events change it that day; "as of" a date reads the last one
-- taken on or before it.
create table report_snapshot (
    project_id uuid        not null,
    day        date        not null,
    body       text        not null,
    taken_at   timestamptz not null,
    primary key (project_id, day)
);

create table report_dirty (
    project_id uuid primary key,
    marked_at  timestamptz not null
);

create table report_snapshot_run (
    day      date primary key,
    projects integer     not null,
    taken_at timestamptz not null
);

-- Replays of the topics into the read models (admin operation).
create table replay_run (
    replay_id    uuid primary key,
    requested_by text        not null,
    status       text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    records      bigint      not null default 0,
    skipped      bigint      not null default 0,
    detail       text
);
