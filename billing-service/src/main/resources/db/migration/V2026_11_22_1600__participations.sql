-- Billing's own view of intake's placements (participations), their financing instruments and the day center's
-- closed months, built from events (issue #5). A participation's id is intake's placement id.

create table participation (
    id                              uuid primary key,
    person_id                       uuid         not null,
    participant_name                varchar(201) not null,
    kind                            varchar(20)  not null,
    placement_type                  varchar(40)  not null,
    status                          varchar(20)  not null,
    planned_start_date              date         not null,
    entry_date                      date,
    exit_date                       date,
    exit_reason                     varchar(40),
    programme_id                    uuid,
    provider_id                     uuid,
    provider_name                   varchar(200),
    programme_type                  varchar(40),
    tariff_per_day                  numeric(10, 2),
    tariff_per_coaching_hour        numeric(10, 2),
    tariff_per_hour_worked          numeric(10, 2),
    passt_genau_provider            varchar(40),
    schedule_days_per_week          integer,
    schedule_hours_per_day          numeric(4, 2),
    waiver_residence_canton         varchar(2),
    waiver_permit                   varchar(10),
    waiver_cash_benefits            varchar(100),
    waiver_household_size           integer,
    waiver_monthly_household_income numeric(12, 2),
    waiver_household_assets         numeric(14, 2),
    created_at                      timestamptz  not null,
    updated_at                      timestamptz  not null,
    version                         bigint       not null default 0,
    constraint participation_kind_check check (kind in ('AMI_PROGRAMME', 'DAY_CENTER', 'PASST_GENAU')),
    constraint participation_status_check check (status in ('PENDING', 'ACTIVE', 'ENDED', 'CANCELLED')),
    constraint participation_schedule_check check (schedule_days_per_week is null
        or (schedule_days_per_week between 1 and 5 and schedule_hours_per_day > 0))
);
create index participation_ami_provider_idx on participation (provider_id) where kind = 'AMI_PROGRAMME';
create index participation_passt_genau_provider_idx on participation (passt_genau_provider) where kind = 'PASST_GENAU';
create index participation_kind_entry_idx on participation (kind, entry_date, exit_date);
create index participation_name_idx on participation (participant_name, id);
create index participation_person_idx on participation (person_id);

-- DC-14: the terms by effective date (PlacementChanged carries the terms after the mutation).
create table participation_terms (
    participation_id             uuid        not null references participation (id),
    effective_from               date        not null,
    placement_type               varchar(40) not null,
    pensum_percent               integer,
    billing_basis_pensum_percent integer,
    primary key (participation_id, effective_from)
);

-- PG-02: the booked pass(t)genau modules with their limits.
create table participation_module (
    participation_id uuid        not null references participation (id),
    position         integer     not null,
    module           varchar(30) not null,
    planned_start    date        not null,
    planned_end      date        not null,
    planned_hours    integer     not null,
    hour_limit       integer,
    primary key (participation_id, position)
);

-- Financing instruments per placement. No foreign key: the instrument's events come on another topic and may
-- arrive before the placement's.
create table participation_instrument (
    id               uuid primary key,
    participation_id uuid        not null,
    person_id        uuid        not null,
    kind             varchar(30) not null,
    debtor_kind      varchar(30),
    debtor_name      varchar(200),
    issuer           varchar(200),
    number           varchar(100),
    status           varchar(20) not null,
    needed_from      date,
    valid_from       date,
    valid_to         date,
    amount_limit     numeric(12, 2),
    superseded_from  date,
    superseded_by    uuid,
    updated_at       timestamptz not null,
    version          bigint      not null default 0,
    constraint participation_instrument_status_check
        check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'SUPERSEDED'))
);
create index participation_instrument_participation_idx on participation_instrument (participation_id);

-- DC-05, DC-16, DC-21: the day center's closed month; a correction replaces it and counts up the revision.
create table participation_day_center_month (
    id                     uuid primary key,
    participation_id       uuid        not null,
    month_start            date        not null,
    ibb_level              integer,
    planned_pensum_percent integer     not null,
    actual_pensum_percent  integer     not null,
    days_worked            integer     not null,
    hours_worked           numeric(7, 2),
    revision               integer     not null,
    corrected_date         date,
    last_event_id          uuid        not null,
    received_at            timestamptz not null,
    version                bigint      not null default 0,
    constraint participation_day_center_month_unique unique (participation_id, month_start),
    constraint participation_day_center_month_ibb_check check (ibb_level is null or ibb_level between 0 and 4)
);
