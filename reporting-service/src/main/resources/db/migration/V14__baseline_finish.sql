-- A baseline's project finish as projects-service saved it (BaselineSaved.finish): the finish the status compares the
-- schedule with. Taken from the baseline's latest task finish before, which counts the blank rows of an imported plan
-- that the project's finish leaves out; baselines stored before this keep that way (the column stays null for them).
alter table ev_baseline add column finish_at timestamp;
