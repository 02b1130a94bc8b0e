-- Schedule task records now carry actual duration and the work assignments of resource-driven tasks, and the version
-- record the plan's start and whether remaining work moves after the status date: what a consumer needs to schedule
-- the network as projects-service does (risk-service's simulations). Every computed schedule is published whole once
-- more so that the compacted topic holds them.
update project_schedule set republish = true where schedule_version > 0;
