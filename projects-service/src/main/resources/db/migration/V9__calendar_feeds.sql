-- Personal calendar subscriptions: a secret URL per member and project that calendar applications poll without a
-- bearer token. Only a SHA-256 hash of the secret is kept; the secret is shown once, when the feed is created.
create table calendar_feed (
    id            uuid primary key,
    project_id    uuid        not null references project (id) on delete cascade,
    user_id       text        not null,
    label         text        check (length(label) <= 100),
    token_hash    text        not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz
);
create index calendar_feed_owner on calendar_feed (project_id, user_id);
