-- Outbox payloads are stored uncompressed (out of line when large, as before). A row lives only until the relay
-- has published it and housekeeping has removed it, while compressing it cost the database more CPU than any other
-- step of a write that publishes megabytes (a schedule edit that moves a 10,000-task plan): pglz on every insert,
-- and again in reverse on every relay read. Measured in bench/README.md ("Where an edit's time goes").
alter table outbox alter column payload set storage external;
