-- Persons (eCH-0044 identity) and their placements.

create table person (
    id             uuid primary key,
    ahv_number     varchar(13)  not null,
    official_name  varchar(100) not null,
    first_name     varchar(100) not null,
    sex            varchar(10)  not null check (sex in ('MALE', 'FEMALE', 'UNKNOWN')),
    date_of_birth  date         not null,
    registered_at  timestamptz  not null,
    version        bigint       not null default 0,
    constraint person_ahv_number_unique unique (ahv_number),
    constraint person_ahv_number_format check (ahv_number ~ '^756[0-9]{10}$')
);
-- Search: case-insensitive name prefixes, optionally with the date of birth.
create index person_official_name_search on person (lower(official_name) text_pattern_ops, date_of_birth);
create index person_first_name_search on person (lower(first_name) text_pattern_ops);
create index person_date_of_birth on person (date_of_birth);

create table placement (
    id             uuid primary key,
    person_id      uuid        not null references person (id),
    type           varchar(40) not null,
    start_date     date        not null,
    pensum_percent integer     not null check (pensum_percent between 10 and 100 and pensum_percent % 10 = 0),
    status         varchar(20) not null,
    created_at     timestamptz not null,
    version        bigint      not null default 0
);
create index placement_person on placement (person_id, start_date desc);
