-- The risk heat map's trend: each risk's state after every register event (RiskRaised, RiskAssessed,
-- RiskStatusChanged), at the event's time, so the open risks by level can be counted as of any past day.
create table st_risk_event (
    seq         bigint generated always as identity primary key,
    risk_id     uuid        not null,
    project_id  uuid        not null,
    at          timestamptz not null,
    status      text        not null,
    level       text,
    score       integer,
    probability integer,
    impact      integer
);
create index st_risk_event_project on st_risk_event (project_id, at);
