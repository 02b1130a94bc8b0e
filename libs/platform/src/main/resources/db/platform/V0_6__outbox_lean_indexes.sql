-- The outbox's write path, measured (ADR 0037).
--
-- 1. No unique index on event_id. Every event id is a random UUID drawn by EventPublisher for the row it inserts, and
--    nothing looks a row up by it (consumers deduplicate on it in their own inbox). The index cost each row two
--    insertions at random places in a large B-tree: one when the row was written and one when the relay marked it
--    published (that update cannot be a heap-only one, since published_at decides membership of outbox_pending).
alter table outbox drop constraint outbox_event_id_key;

-- 2. Vacuum the outbox often enough, and always clean its indexes. Marking a row published leaves a dead entry in
--    outbox_pending, the partial index the relay scans from its start every round; until a vacuum removes them, the
--    relay reads past all of them to find the pending rows. With the defaults, autovacuum waited for a fifth of a
--    table that keeps a week of published rows, and then usually skipped the indexes, because the dead rows sit in
--    the few most recent pages (PostgreSQL's index clean-up bypass below 2% of the table's pages).
alter table outbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                        vacuum_index_cleanup = on);
