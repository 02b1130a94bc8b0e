-- The schedules topic's records are kept as they came, uncompressed (out of line when large), like projects-service's
-- segments and the outbox: a critical-path edit of a 10,000-task plan rewrites its dates segments (about 1.4 MB of
-- JSON), and compressing them with pglz on every upsert cost more of the shared CPU than the rest of storing them
-- (bench/README.md, "A third consumer of the schedules topic").
alter table schedule_record alter column body set storage external;
alter table schedule_head alter column body set storage external;
