-- Participants' places, opened from intake's placements, and what happened to them.

create table place (
    placement_id              uuid primary key,
    person_id                 uuid         not null,
    participant_official_name varchar(100) not null,
    participant_first_name    varchar(100) not null,
    start_date                date         not null,
    pensum_percent            integer      not null check (pensum_percent between 10 and 100),
    status                    varchar(20)  not null,
    opened_at                 timestamptz  not null,
    version                   bigint       not null default 0
);
create index place_person on place (person_id);
create index place_listing on place (start_date, participant_official_name, placement_id);

create table place_history (
    id              uuid primary key,
    placement_id    uuid        not null references place (placement_id),
    occurred_at     timestamptz not null,
    change          varchar(40) not null,
    source_event_id uuid
);
create index place_history_placement on place_history (placement_id, occurred_at);
