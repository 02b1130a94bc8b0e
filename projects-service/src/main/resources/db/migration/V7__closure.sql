-- Project closure (design §3, flow 5): each closure request is a saga with a deadline. The project closes when every
-- participant has answered COMPLETED; a FAILED answer or the deadline ends the attempt and a new request retries.
create table project_closure (
    id                    uuid primary key,
    project_id            uuid        not null references project (id) on delete cascade,
    state                 text        not null check (state in ('PENDING', 'COMPLETED', 'FAILED', 'TIMED_OUT')),
    reason                text check (length(reason) <= 2000),
    risk_disposition      text        not null check (risk_disposition in ('CLOSE', 'TRANSFER')),
    risk_transfer_target  text check (length(risk_transfer_target) <= 200),
    participants          text        not null,
    requested_by          text        not null,
    requested_by_name     text,
    requested_at          timestamptz not null,
    deadline              timestamptz not null,
    ended_at              timestamptz,
    failure_reason        text,
    version               bigint      not null default 0,
    check ((risk_disposition = 'TRANSFER') = (risk_transfer_target is not null)),
    check ((state = 'PENDING') = (ended_at is null))
);
-- At most one attempt in progress per project.
create unique index project_closure_one_pending on project_closure (project_id) where state = 'PENDING';
create index project_closure_project on project_closure (project_id, requested_at desc);
-- The timeout job looks only at attempts in progress, by deadline.
create index project_closure_deadline on project_closure (deadline) where state = 'PENDING';

-- One answer per participant and attempt; later answers from the same participant are ignored.
create table project_closure_answer (
    closure_id   uuid        not null references project_closure (id) on delete cascade,
    participant  text        not null,
    outcome      text        not null check (outcome in ('COMPLETED', 'FAILED')),
    reason       text,
    summary      text        not null,
    details      text        not null default '{}',
    event_id     uuid        not null,
    answered_at  timestamptz not null,
    recorded_at  timestamptz not null,
    primary key (closure_id, participant)
);
