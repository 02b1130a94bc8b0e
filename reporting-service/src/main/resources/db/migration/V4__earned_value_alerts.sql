-- Earned-value alerts (ADR 0020): a row per project and index while the index is below its threshold; the BELOW
-- alert's id, which the RECOVERED alert that ends the episode carries.
create table ev_alert (
    project_id uuid          not null,
    index_name text          not null check (index_name in ('CPI', 'SPI')),
    alert_id   uuid          not null unique,
    value      numeric(9, 3) not null,
    threshold  numeric(9, 3) not null,
    raised_at  timestamptz   not null,
    primary key (project_id, index_name)
);
