-- Lessons learned: what went well or badly in a project, with a recommendation, searchable across projects.

-- array_to_string is only STABLE (it could format any element type); for text[] the result never changes, and a
-- generated column needs an IMMUTABLE expression.
create function lesson_tags_text(tags text[]) returns text
    language sql immutable strict parallel safe
    as $$ select array_to_string(tags, ' ') $$;

create table lesson (
    id              uuid primary key,
    project_id      uuid        not null references project (id) on delete cascade,
    title           text        not null check (length(title) between 1 and 200),
    outcome         text        not null check (outcome in ('WENT_WELL', 'WENT_BADLY')),
    category        text        not null,
    impact          text        not null check (impact in ('LOW', 'MEDIUM', 'HIGH')),
    description     text        not null check (length(description) between 1 and 10000),
    recommendation  text        check (recommendation is null or length(recommendation) <= 10000),
    tags            text[]      not null default '{}',
    recorded_by     text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    -- Weighted so that a match in the title ranks above one in the text.
    search          tsvector generated always as (
                        setweight(to_tsvector('english', title), 'A')
                        || setweight(to_tsvector('english', coalesce(recommendation, '')), 'B')
                        || setweight(to_tsvector('english', description), 'C')
                        || setweight(to_tsvector('simple', lesson_tags_text(tags)), 'A')) stored
);
create index lesson_project on lesson (project_id, created_at desc);
create index lesson_search on lesson using gin (search);
create index lesson_tags on lesson using gin (tags);
