-- A blank row of an imported plan: a manually scheduled task the file left without a name. The task is shown as
-- "Task <UniqueID>", and, as in MS Project, its dates are left out of its summary's roll-up and the project's finish.
-- Naming the task makes it an ordinary task. Tasks stored before this were all rolled up, and stay so.
alter table schedule_task add column blank_row boolean not null default false;
