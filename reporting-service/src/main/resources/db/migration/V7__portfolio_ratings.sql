-- The portfolio's ratings and forecast: each project's RAG ratings and estimate at completion as its latest status
-- snapshot had them (written by the snapshot job), for filtering and totals across projects.
alter table portfolio_project
    add column overall_rag       text,
    add column schedule_rag      text,
    add column cost_rag          text,
    add column risk_rag          text,
    add column resources_rag     text,
    add column forecast_amount   numeric(17, 2),
    add column forecast_currency char(3),
    add column rated_at          timestamptz;
create index portfolio_project_overall_rag on portfolio_project (overall_rag);
