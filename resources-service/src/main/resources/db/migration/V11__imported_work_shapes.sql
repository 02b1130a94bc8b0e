-- Where an imported assignment's work lies: its contour (MS Project's work contours; null when flat) and the working
-- time between its task's start and its own (null when none). An allocation made from it keeps both, with the
-- assignment's work and units, so that the person's load asks the work where the plan puts it rather than the units
-- on every day of the task. Allocations made by hand have none of them.
alter table imported_assignment add column contour text;
alter table imported_assignment add column delay_minutes bigint;
alter table allocation add column work_minutes bigint;
alter table allocation add column work_units numeric(7, 2);
alter table allocation add column contour text;
alter table allocation add column delay_minutes bigint;
