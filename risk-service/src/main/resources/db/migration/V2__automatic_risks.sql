-- Risks raised from another service's signal: which signal (kind and subject), the episode that raised or last
-- confirmed it, whether the signal still holds, where its evidence is, and the event it came from.
alter table risk
    add column signal_kind        text,
    add column signal_subject     text,
    add column signal_episode     uuid,
    add column signal_active      boolean,
    add column signal_evidence    text,
    add column signal_event_id    uuid,
    add column signal_updated_at  timestamptz;

-- Never a duplicate: one open risk per (project, signal kind, subject).
create unique index risk_open_signal on risk (project_id, signal_kind, signal_subject)
    where signal_kind is not null and status <> 'CLOSED';
-- The risks an episode raised, for the signal that clears it.
create index risk_signal_episode on risk (signal_episode) where signal_episode is not null;
