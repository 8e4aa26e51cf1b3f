-- Attendance (DC-01, DC-03, DC-05), IBB classifications (DC-16) and month close with corrections (DC-06).

create table attendance_day (
    id                uuid primary key,
    placement_id      uuid         not null references place (placement_id),
    day               date         not null,
    kind              varchar(20)  not null check (kind in ('WORKED', 'ABSENT', 'UNEXCUSED', 'EXCUSED', 'SICK', 'VACATION')),
    hours             numeric(4, 2) check (hours > 0 and hours <= 8.5),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(200) not null,
    correction_reason varchar(500),
    version           bigint       not null default 0,
    constraint attendance_day_once unique (placement_id, day),
    constraint attendance_day_hours check ((kind = 'WORKED') = (hours is not null))
);

create table vacation_entitlement (
    id            uuid primary key,
    placement_id  uuid         not null references place (placement_id),
    vacation_year integer      not null,
    weeks         integer      not null check (weeks >= 5),
    granted_by    varchar(200) not null,
    granted_at    timestamptz  not null,
    constraint vacation_entitlement_once unique (placement_id, vacation_year)
);

create table attendance_frozen_month (
    month     varchar(7) primary key,
    frozen_at timestamptz not null
);

create table ibb_classification (
    id            uuid primary key,
    placement_id  uuid         not null references place (placement_id),
    level         integer      not null check (level between 0 and 4),
    valid_from    date         not null,
    valid_to      date check (valid_to >= valid_from),
    classified_by varchar(200) not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null
);
create index ibb_classification_placement on ibb_classification (placement_id, valid_from);

create table month_close (
    month     varchar(7) primary key,
    closed_at timestamptz  not null,
    closed_by varchar(200) not null
);

create table month_close_line (
    id                           uuid primary key,
    month                        varchar(7)    not null references month_close (month),
    placement_id                 uuid          not null references place (placement_id),
    person_id                    uuid          not null,
    official_name                varchar(100)  not null,
    first_name                   varchar(100)  not null,
    days_worked                  integer       not null,
    hours_worked                 numeric(6, 2) not null,
    absent                       integer       not null,
    unexcused                    integer       not null,
    excused                      integer       not null,
    sick                         integer       not null,
    vacation_days                integer       not null,
    planned_pensum_percent       integer       not null,
    actual_pensum_percent        integer       not null,
    ibb_level                    integer,
    work_areas                   varchar(2000) not null,
    motivation_compensation      numeric(7, 2) not null,
    motivation_compensation_area varchar(80),
    corrected_at                 timestamptz,
    version                      bigint        not null default 0,
    constraint month_close_line_once unique (month, placement_id)
);
create index month_close_line_listing on month_close_line (month, official_name, first_name, placement_id);

create table month_close_correction (
    id             uuid primary key,
    month          varchar(7)   not null references month_close (month),
    placement_id   uuid         not null references place (placement_id),
    day            date         not null,
    previous_kind  varchar(20),
    previous_hours numeric(4, 2),
    new_kind       varchar(20)  not null,
    new_hours      numeric(4, 2),
    reason         varchar(500) not null,
    corrected_by   varchar(200) not null,
    corrected_at   timestamptz  not null
);
create index month_close_correction_placement on month_close_correction (placement_id, month);
