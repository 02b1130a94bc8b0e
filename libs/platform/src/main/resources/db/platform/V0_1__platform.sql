-- Platform tables every Gantry service has: outbox, inbox, idempotency records, project memberships.

create table outbox (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    event_type    text        not null,
    source        text        not null,
    subject       text,
    actor         text        not null,
    traceparent   text,
    occurred_at   timestamptz not null,
    payload       text        not null,
    published_at  timestamptz
);
-- The relay reads pending rows in id order; this index holds only those.
create index outbox_pending on outbox (id) where published_at is null;

create table inbox (
    consumer      text        not null,
    event_id      uuid        not null,
    event_type    text        not null,
    source        text,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);

create table idempotency_record (
    scope          text        not null,
    idem_key       text        not null,
    request_hash   text        not null,
    status         integer,
    response_body  text,
    location       text,
    etag           text,
    created_at     timestamptz not null,
    primary key (scope, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);

create table project_membership (
    project_id  uuid not null,
    user_id     text not null,
    username    text,
    role        text not null check (role in ('MANAGER', 'MEMBER', 'VIEWER')),
    primary key (project_id, user_id)
);
create index project_membership_user on project_membership (user_id);
