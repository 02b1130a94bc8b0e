-- Keyed state records, tombstones and parking of records the broker refuses for good (ADR 0012).

-- The key that decides the partition and the order; NULL (rows written before) means the message key.
alter table outbox add column partition_key text;
-- A tombstone (deletes its key on a compacted topic) has no payload.
alter table outbox alter column payload drop not null;
-- Sends the broker (or the relay's own size check) refused for good; a parked row holds back the later rows of
-- its partition key until an operator retries it.
alter table outbox add column attempts integer not null default 0;
alter table outbox add column parked_at timestamptz;
alter table outbox add column park_reason text;

create index outbox_parked on outbox (id) where parked_at is not null and published_at is null;
-- The relay asks "is an earlier row of this partition key parked?" for every candidate row.
create index outbox_parked_keys on outbox ((coalesce(partition_key, message_key)), id)
    where parked_at is not null and published_at is null;
