-- Hardware, second part (docs/api.md, "Hardware"): who holds an asset now, check-out and check-in against a
-- reservation with condition notes, and reservations that could not follow their task's move.
alter table asset
    add column holder_person_id  uuid,
    add column holder_project_id uuid;

alter table asset_reservation
    add column checked_out_at       timestamptz,
    add column checked_out_by       text,
    add column checked_out_to       uuid,
    add column condition_out        text,
    add column checked_in_at        timestamptz,
    add column checked_in_by        text,
    add column condition_in         text;
-- The asset's open check-out, at most one: the reservation it was checked out against and not yet checked in.
create unique index asset_reservation_one_open_checkout on asset_reservation (asset_id)
    where checked_out_at is not null and checked_in_at is null;
create index asset_reservation_task on asset_reservation (project_id, task_id) where task_id is not null;

-- A reservation that follows a task which moved to days where the asset is reserved already: it keeps its days, the
-- conflict is announced once (AssetReservationConflict) and listed until it follows its task again or is cancelled.
create table asset_reservation_conflict (
    reservation_id   uuid        primary key references asset_reservation (id) on delete cascade,
    project_id       uuid        not null,
    asset_id         uuid        not null,
    task_id          uuid        not null,
    wanted_first_day date        not null,
    wanted_last_day  date        not null,
    conflicting      text        not null,
    detected_at      timestamptz not null
);
create index asset_reservation_conflict_project on asset_reservation_conflict (project_id);
