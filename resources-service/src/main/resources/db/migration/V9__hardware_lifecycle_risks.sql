-- Hardware lifecycle risks announced and not yet cleared: a reservation that needs its asset beyond the asset's
-- warranty end or end of life (HardwareLifecycleRisk, then HardwareLifecycleRiskCleared), one per reservation and kind.
create table asset_lifecycle_risk (
    reservation_id uuid        not null,
    kind           text        not null,
    project_id     uuid        not null,
    asset_id       uuid        not null,
    lifecycle_date date        not null,
    needed_until   date        not null,
    raised_at      timestamptz not null,
    primary key (reservation_id, kind)
);
create index asset_lifecycle_risk_asset on asset_lifecycle_risk (asset_id);
