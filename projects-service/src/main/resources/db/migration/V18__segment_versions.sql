-- A segment's JSON is written once, here: the outbox row that publishes it names it (payload_ref
-- 'schedule-dates:<project>/<segment>/<version>') instead of holding a copy, and the relay reads it from this table.
-- A segment therefore keeps its earlier versions until the relay has published a later one (ScheduleDatesPayloads
-- then removes them); reads take each segment's latest version.
alter table schedule_dates_segment drop constraint schedule_dates_segment_pkey;
alter table schedule_dates_segment add primary key (project_id, segment, version);
