-- The latest completed schedule risk analysis of each project (SimulationCompleted from risk-service), for its chart
-- and the status report: kept as the event delivered it.
create table sim_result (
    project_id    uuid        primary key,
    simulation_id uuid        not null,
    completed_at  timestamptz not null,
    body          text        not null
);
