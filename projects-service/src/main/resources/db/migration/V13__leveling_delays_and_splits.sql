-- What MS Project plans carry of levelling and splits, kept so that an imported plan schedules as MS Project scheduled
-- it: a task's levelling delay (elapsed or working minutes) and the working time of the pauses inside its bar.
-- Set by imports; not yet shown or edited through the API, nor carried in the schedule events.
alter table schedule_task
    add column leveling_delay_minutes bigint  not null default 0 check (leveling_delay_minutes >= 0),
    add column leveling_delay_elapsed boolean not null default true,
    add column split_minutes          bigint  not null default 0 check (split_minutes >= 0);
