-- A record whose payload the service already stores in a table of its own (a schedule's computed-dates segment, up to
-- 1.4 MB per edit of a large plan) is not copied into the outbox: its row names the payload instead,
-- "<source>:<reference>", and the relay reads it from that source when it publishes the row (OutboxPayloadSource).
alter table outbox add column payload_ref text;
