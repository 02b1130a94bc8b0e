-- Over-allocation episodes currently open per person: what OverallocationDetected announced and
-- OverallocationResolved will end. Re-evaluation matches new episodes to these by overlapping days.

create table overallocation (
    id              uuid          primary key,
    person_id       uuid          not null references person (id) on delete cascade,
    first_day       date          not null,
    last_day        date          not null,
    peak_day        date          not null,
    allocated_hours numeric(7, 2) not null,
    available_hours numeric(7, 2) not null,
    detected_at     timestamptz   not null,
    check (last_day >= first_day)
);
create index overallocation_person on overallocation (person_id, first_day);
