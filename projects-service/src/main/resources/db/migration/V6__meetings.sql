-- Meetings of a project. The meeting document (details, attendees, agenda, minutes, decisions) is read and written
-- as a whole with one version; attendees, agenda items and decisions are value objects stored as JSON arrays.
create table meeting (
    id                   uuid primary key,
    project_id           uuid        not null references project (id) on delete cascade,
    title                text        not null check (length(title) between 1 and 200),
    kind                 text        not null check (kind in ('KICK_OFF', 'STATUS', 'STEERING', 'REVIEW',
                                                              'RETROSPECTIVE', 'OTHER')),
    status               text        not null check (status in ('SCHEDULED', 'CANCELLED')),
    start_at             timestamptz not null,
    end_at               timestamptz not null,
    -- an IANA zone id (Europe/Berlin) or, for meetings planned with a bare offset, the offset (+01:00)
    zone                 text        not null,
    location             text check (length(location) <= 200),
    online_link          text check (length(online_link) <= 2000),
    description          text check (length(description) <= 10000),
    organiser_user_id    text        not null,
    organiser_name       text        not null,
    attendees            text        not null default '[]' check (json_typeof(attendees::json) = 'array'),
    agenda               text        not null default '[]' check (json_typeof(agenda::json) = 'array'),
    decisions            text        not null default '[]' check (json_typeof(decisions::json) = 'array'),
    minutes_text         text check (length(minutes_text) <= 100000),
    minutes_by_user_id   text,
    minutes_by_name      text,
    minutes_at           timestamptz,
    cancellation_reason  text check (length(cancellation_reason) <= 1000),
    cancelled_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0,
    check (end_at > start_at),
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create index meeting_project_start on meeting (project_id, start_at);

-- Action items agreed in a meeting. An item turned into a task names it; deleting the task clears the link (and,
-- through the trigger below, moves the item to a new version so that cached copies and ETags notice).
create table meeting_action_item (
    id                   uuid primary key,
    project_id           uuid        not null references project (id) on delete cascade,
    meeting_id           uuid        not null references meeting (id) on delete cascade,
    description          text        not null check (length(description) between 1 and 1000),
    owner_user_id        text,
    owner_name           text        not null,
    owner_email          text,
    due_date             date        not null,
    status               text        not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    task_id              uuid        references schedule_task (id) on delete set null,
    converted_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0,
    check (owner_user_id is not null or owner_email is not null)
);
create index meeting_action_item_meeting on meeting_action_item (meeting_id, created_at);
create index meeting_action_item_project on meeting_action_item (project_id, status, due_date);
create unique index meeting_action_item_task on meeting_action_item (task_id) where task_id is not null;

create function meeting_action_item_task_cleared() returns trigger language plpgsql as $$
begin
    new.version := old.version + 1;
    new.updated_at := now();
    return new;
end;
$$;
create trigger meeting_action_item_task_cleared
    before update of task_id on meeting_action_item
    for each row when (old.task_id is not null and new.task_id is null)
    execute function meeting_action_item_task_cleared();

-- Where a task came from: the action item (and its meeting) it was created from, if any.
alter table schedule_task
    add column origin_action_item_id uuid references meeting_action_item (id) on delete set null,
    add column origin_meeting_id     uuid references meeting (id) on delete set null;
