-- The scheduling engine now counts seconds (ADR 0030): work at partial units or along a contour, percent lags and lags
-- with a fraction of a minute add up along a chain instead of being rounded at every task. Projects that have any are
-- marked, so that their schedules are computed again and published whole (the republisher does it after the start).
update project_schedule ps set republish = true
    where ps.schedule_version > 0
      and (exists (select 1 from schedule_task t where t.project_id = ps.project_id and t.assignments is not null)
           or exists (select 1 from schedule_dependency d
                      where d.project_id = ps.project_id and (d.lag_unit = 'PERCENT' or d.lag_value <> trunc(d.lag_value))));
