-- People: the staff resources-service plans with (issue "resources-service, people").

create table person (
    id                      uuid        primary key,
    name                    text        not null,
    email                   text,
    -- The OIDC username (preferred_username) that links the person to a user of Gantry.
    username                text,
    job_family              text        not null,
    team                    text,
    capacity_hours_per_week numeric(5, 2) not null check (capacity_hours_per_week between 0 and 168),
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null
);
create unique index person_username on person (lower(username)) where username is not null;
create unique index person_email on person (lower(email)) where email is not null;
create index person_team on person (lower(team));
create index person_name on person (lower(name), id);

-- Skills with a level from 1 (basic) to 5 (expert); one row per skill, matched case-insensitively.
create table person_skill (
    person_id uuid     not null references person (id) on delete cascade,
    name      text     not null,
    level     smallint not null check (level between 1 and 5)
);
create unique index person_skill_name on person_skill (person_id, lower(name));
create index person_skill_search on person_skill (lower(name), level);

-- Cost rates per hour, each effective from a day until the next one.
create table person_rate (
    person_id      uuid          not null references person (id) on delete cascade,
    effective_from date          not null,
    hourly_rate    numeric(12, 2) not null check (hourly_rate >= 0),
    currency       char(3)       not null,
    primary key (person_id, effective_from)
);

-- Leave, training, sickness: days a person does not work (whole days, or some hours of each day).
create table absence (
    id            uuid        primary key,
    person_id     uuid        not null references person (id) on delete cascade,
    kind          text        not null,
    status        text        not null,
    first_day     date        not null,
    last_day      date        not null,
    hours_per_day numeric(4, 2) check (hours_per_day > 0 and hours_per_day <= 24),
    note          text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null,
    check (last_day >= first_day)
);
create index absence_person on absence (person_id, first_day);
