-- Hardware (docs/api.md, "Hardware"): computer assets, their history, and reservations that can never double-book an
-- asset — the exclusion constraint refuses an overlapping period of the same asset, whatever the concurrency.
create extension if not exists btree_gist;

create table asset (
    id               uuid primary key,
    asset_tag        text           not null,
    type             text           not null,
    manufacturer     text,
    model            text,
    serial_number    text,
    status           text           not null,
    location         text,
    purchase_date    date,
    purchase_cost    numeric(17, 2),
    currency         char(3),
    warranty_end     date,
    end_of_life      date,
    notes            text,
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null
);
create unique index asset_tag_unique on asset (lower(asset_tag));
create index asset_type_model on asset (type, model);

create table asset_event (
    id          bigint generated always as identity primary key,
    asset_id    uuid        not null references asset (id) on delete cascade,
    at          timestamptz not null,
    actor       text        not null,
    kind        text        not null,
    from_status text,
    to_status   text,
    note        text
);
create index asset_event_asset on asset_event (asset_id, at);

create table asset_reservation (
    id          uuid primary key,
    asset_id    uuid        not null references asset (id),
    project_id  uuid        not null,
    task_id     uuid,
    person_id   uuid,
    first_day   date        not null,
    last_day    date        not null check (last_day >= first_day),
    period      daterange   generated always as (daterange(first_day, last_day, '[]')) stored,
    note        text,
    created_by  text        not null,
    created_at  timestamptz not null,
    version     bigint      not null,
    constraint asset_reservation_no_double_booking exclude using gist (asset_id with =, period with &&)
);
create index asset_reservation_project on asset_reservation (project_id);
