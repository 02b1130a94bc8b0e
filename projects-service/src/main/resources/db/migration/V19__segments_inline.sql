-- A computed-dates segment of a small project (about 16 tasks, 2-6 KB of JSON) is kept in its row instead of in the
-- TOAST table. With the default target (2 KB) every such segment went out of line in two or three chunks: each task
-- create then inserted and deleted those chunks and their index entries besides the row itself, 7 of the 89
-- write-ahead-log records a create caused across the services, and 9 more in the replicas of risk- and
-- resources-service (bench/README.md, "Segments kept in their rows"). Rows up to
-- 8,160 bytes now stay in the heap page as they are (still uncompressed); larger segments, those of big projects,
-- still go out of line.
alter table schedule_dates_segment set (toast_tuple_target = 8160);
