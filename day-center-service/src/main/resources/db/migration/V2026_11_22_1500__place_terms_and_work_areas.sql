-- A place's terms from intake (setting, billing basis, work areas, end) and the day center's work areas.

alter table place
    add column setting                      varchar(40),
    add column billing_basis_pensum_percent integer check (billing_basis_pensum_percent between 10 and 100),
    add column end_date                     date;
create index place_status_dates on place (status, start_date, end_date);

create table place_work_area (
    placement_id uuid        not null references place (placement_id),
    position     integer     not null,
    area         varchar(80) not null,
    primary key (placement_id, position)
);
create index place_work_area_area on place_work_area (area);

-- What a change brought (e.g. the effective date and the kinds of a mutation).
alter table place_history add column detail varchar(300);

-- DC-17: the participant's case manager (account name), who may see the participant's incidents.
alter table place add column case_manager varchar(100);

-- A place's terms by effective date (intake's mutations take effect on a date; the past keeps its terms).
create table place_terms (
    placement_id                 uuid          not null references place (placement_id),
    effective_from               date          not null,
    setting                      varchar(40),
    pensum_percent               integer       not null check (pensum_percent between 10 and 100),
    billing_basis_pensum_percent integer,
    work_areas                   varchar(1000) not null,
    primary key (placement_id, effective_from)
);
