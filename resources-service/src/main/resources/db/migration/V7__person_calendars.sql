-- A person's working week and holidays: the days their weekly capacity is spread over. Until set, Monday to Friday.

alter table person add column working_days text not null default 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY';

create table person_holiday (
    person_id uuid not null references person (id) on delete cascade,
    name      text not null,
    first_day date not null,
    last_day  date not null,
    check (last_day >= first_day)
);
create index person_holiday_person on person_holiday (person_id);
