-- MS Project's "Split in-progress tasks" option, kept from an imported plan: when on, the remaining work of a task in
-- progress does not resume before its unfinished predecessors allow. Plans stored before this were scheduled without
-- it, and keep that.
alter table project_schedule add column split_in_progress boolean not null default false;
