-- DC-17 incidents (recording grid, classification grid after the Bündner Standard, crisis interventions) and
-- DC-18 concerns. Both are confidential: the API shows incidents only to the day-center lead and the case manager,
-- concerns only to the lead (admin for operations); every read and write is audited for the participant.

create table incident (
    id                 uuid primary key,
    placement_id       uuid          not null references place (placement_id),
    person_id          uuid          not null,
    occurred_at        timestamptz   not null,
    location           varchar(100)  not null,
    others_involved    varchar(500),
    what_happened      varchar(4000) not null,
    immediate_measures varchar(2000) not null,
    recorded_by        varchar(100)  not null,
    recorded_at        timestamptz   not null,
    version            bigint        not null default 0
);
create index incident_placement on incident (placement_id, occurred_at desc, id);
create index incident_listing on incident (occurred_at desc, id);

create table incident_staff (
    incident_id uuid         not null references incident (id),
    position    integer      not null,
    staff       varchar(100) not null,
    primary key (incident_id, position)
);

create table incident_grading (
    incident_id   uuid          not null references incident (id),
    position      integer       not null,
    violence_type varchar(20)   not null,
    severity      integer       not null check (severity between 1 and 4),
    rationale     varchar(2000) not null,
    graded_by     varchar(100)  not null,
    graded_at     timestamptz   not null,
    primary key (incident_id, position)
);

create table incident_crisis_intervention (
    incident_id   uuid          not null references incident (id),
    position      integer       not null,
    occurred_at   timestamptz   not null,
    intervened_by varchar(200)  not null,
    what          varchar(2000) not null,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null,
    primary key (incident_id, position)
);

create table concern (
    id           uuid primary key,
    placement_id uuid          not null references place (placement_id),
    person_id    uuid          not null,
    office       varchar(40)   not null,
    about        varchar(20)   not null,
    content      varchar(4000) not null,
    received_on  date          not null,
    status       varchar(20)   not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    version      bigint        not null default 0
);
create index concern_by_status on concern (status, recorded_at desc, id);
create index concern_listing on concern (recorded_at desc, id);

create table concern_status_change (
    concern_id uuid         not null references concern (id),
    position   integer      not null,
    status     varchar(20)  not null,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null,
    note       varchar(1000),
    primary key (concern_id, position)
);
