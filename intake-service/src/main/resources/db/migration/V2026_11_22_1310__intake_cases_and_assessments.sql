-- Intake cases (DC-10, DC-11) with their ordered steps, and assessments (DC-15) with their recommended areas.

create table intake_case (
    id                uuid primary key,
    person_id         uuid        not null references person (id),
    opened_by         varchar(40) not null
        check (opened_by in ('INTAKE_WORK', 'INTAKE_HOUSING', 'INTAKE_PROFESSIONAL_INTEGRATION')),
    -- DC-10: Intake Work coordinates every case, whoever opened it.
    coordinating_unit varchar(40) not null check (coordinating_unit = 'INTAKE_WORK'),
    status            varchar(20) not null check (status in ('OPEN', 'COMPLETED', 'WITHDRAWN')),
    opened_on         date         not null,
    closed_on         date,
    withdrawn_by      varchar(100),
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint intake_case_closed_on check ((status = 'OPEN') = (closed_on is null)),
    constraint intake_case_withdrawn_by check ((status = 'WITHDRAWN') = (withdrawn_by is not null))
);
-- A person's cases, newest first.
create index intake_case_person on intake_case (person_id, opened_on desc, created_at desc);
-- At most one open case per person (also the lookup for it).
create unique index intake_case_one_open_per_person on intake_case (person_id) where status = 'OPEN';

-- DC-11: the steps in order; position 0..4 is the step's place in the order, each step once per case.
create table intake_case_step (
    intake_case_id uuid         not null references intake_case (id),
    position       integer      not null check (position between 0 and 4),
    step           varchar(40)  not null check (step in ('REQUEST', 'FIRST_INTERVIEW', 'ENTRY_ADMINISTRATION',
                                                         'FINANCING_CLARIFICATION', 'CASE_MANAGEMENT_OPENING')),
    occurred_on    date         not null,
    responsible    varchar(100) not null,
    note           varchar(500),
    recorded_at    timestamptz  not null,
    primary key (intake_case_id, position),
    constraint intake_case_step_once unique (intake_case_id, step)
);

create table assessment (
    id                         uuid primary key,
    person_id                  uuid          not null references person (id),
    assessed_on                date          not null,
    assessor                   varchar(100)  not null,
    reason                     varchar(40)   not null
        check (reason in ('ENTRY_FROM_STATIONARY_HOUSING', 'ENTRY', 'CHANGE_OF_AREA', 'ADDITIONAL_AREA',
                          'CHANGE_OF_SETTING', 'CHANGE_OF_PROFILE')),
    recommended_setting        varchar(40)   not null
        check (recommended_setting in ('IVSE_B_STATIONARY', 'IVSE_B_SEMI_STATIONARY', 'IVSE_B_EXTERNAL')),
    recommended_pensum_percent integer       not null
        check (recommended_pensum_percent between 10 and 100 and recommended_pensum_percent % 10 = 0),
    summary                    varchar(4000) not null,
    status                     varchar(20)   not null check (status in ('COMPLETED')),
    recorded_at                timestamptz   not null,
    version                    bigint        not null default 0
);
-- A person's assessments, newest first; also the latest one (DC-15 check of placement changes).
create index assessment_person on assessment (person_id, assessed_on desc, recorded_at desc);

-- 1 to 5 recommended work areas, in the assessor's order (the primary key serves the fetch by assessment).
create table assessment_area (
    assessment_id uuid        not null references assessment (id),
    position      integer     not null check (position between 0 and 4),
    area          varchar(60) not null,
    primary key (assessment_id, position)
);
