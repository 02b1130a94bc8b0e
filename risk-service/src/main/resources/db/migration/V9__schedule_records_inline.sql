-- A schedules-topic record up to 8,160 bytes (a task, a calendar, the computed dates of a small project's segment) is
-- kept in its row instead of in the TOAST table, as projects-service keeps its segments: out of line, every upsert of
-- such a record also inserted and deleted two or three TOAST chunks and their index entries (bench/README.md,
-- "Segments kept in their rows"). Larger records, the segments of big projects, still go out of line, uncompressed.
alter table schedule_record set (toast_tuple_target = 8160);
alter table schedule_head set (toast_tuple_target = 8160);
