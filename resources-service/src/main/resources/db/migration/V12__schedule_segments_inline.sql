-- A replicated computed-dates segment up to 8,160 bytes (a small project's, about 16 tasks) is kept in its row instead
-- of in the TOAST table, as projects-service keeps it: out of line, every replacement of such a segment also inserted
-- and deleted two or three TOAST chunks and their index entries (bench/README.md, "Segments kept in their rows").
-- Larger segments, those of big projects, still go out of line, uncompressed.
alter table schedule_segment set (toast_tuple_target = 8160);
