-- The scheduling engine now counts seconds (ADR 0030): work at partial units or along a contour, percent lags, lags
-- with a fraction of a minute and the remaining work derived from a percent complete add up along a chain instead of
-- being rounded at every task. Every computed schedule is marked, so that it is computed again and published whole
-- (the republisher does it after the start, a project at a time); most come out unchanged.
update project_schedule set republish = true where schedule_version > 0;
