-- Placement types (IVSE B settings, AMI programmes, pass(t)genau), their lifecycle, mutations, financing
-- instruments, participation agreements and day-center capacities.

-- Placements made before the types were split were external day-center places.
update placement set type = 'IVSE_B_EXTERNAL' where type = 'DAY_CENTER';
update placement set status = 'PENDING' where status = 'CREATED';

alter table placement
    alter column pensum_percent drop not null,
    add column end_date                     date,
    add column billing_basis_pensum_percent integer check (billing_basis_pensum_percent between 10 and 100),
    add column external_day_structure       boolean not null default false,
    add column programme_id                 uuid references programme (id),
    add column programme_type               varchar(40),
    add column target_group                 varchar(40),
    add column assessment_id                uuid,
    add column activated_at                 timestamptz,
    add column exit_reason                  varchar(30),
    add column notice_given_on              date,
    add column exit_note                    varchar(500),
    add constraint placement_type_known check (type in ('IVSE_B_STATIONARY', 'IVSE_B_SEMI_STATIONARY',
        'IVSE_B_EXTERNAL', 'AMI_PROGRAMME', 'PASST_GENAU')),
    add constraint placement_status_known check (status in ('PENDING', 'ACTIVE', 'ENDED', 'CANCELLED')),
    add constraint placement_ends_after_start check (end_date is null or end_date >= start_date - 1);
update placement set billing_basis_pensum_percent = pensum_percent where type like 'IVSE_B_%';

-- Open placements per type (capacity, DC-08) and per programme; report by start and end month (DC-19).
create index placement_type_status on placement (type, status);
create index placement_programme on placement (programme_id) where programme_id is not null;
create index placement_start on placement (start_date, type);
create index placement_end on placement (end_date, type) where end_date is not null;

create table placement_work_area (
    placement_id uuid        not null references placement (id),
    position     integer     not null,
    area         varchar(80) not null,
    primary key (placement_id, position)
);

create table placement_module (
    placement_id          uuid        not null references placement (id),
    position              integer     not null,
    module                varchar(30) not null,
    planned_start         date        not null,
    planned_end           date        not null,
    planned_hours         integer     not null check (planned_hours >= 0),
    ifd_mandate_reference varchar(60),
    primary key (placement_id, position),
    check (planned_end >= planned_start)
);
create index placement_module_module on placement_module (module);

create table placement_mutation (
    placement_id   uuid        not null references placement (id),
    position       integer     not null,
    kind           varchar(20) not null,
    effective_date date        not null,
    from_value     varchar(300),
    to_value       varchar(300),
    assessment_id  uuid,
    recorded_at    timestamptz not null,
    primary key (placement_id, position)
);
-- Transfers per month (DC-19 report).
create index placement_mutation_kind_date on placement_mutation (kind, effective_date);

create table place_capacity (
    placement_type varchar(40) primary key,
    places         integer     not null check (places >= 0),
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);

create table financing_instrument (
    id                        uuid primary key,
    placement_id              uuid         not null references placement (id),
    person_id                 uuid         not null references person (id),
    placement_type            varchar(40)  not null,
    kind                      varchar(30)  not null,
    debtor                    varchar(30)  not null,
    debtor_name               varchar(120),
    participant_share_percent integer      not null check (participant_share_percent between 0 and 100),
    rule                      varchar(10)  not null,
    reason                    varchar(300) not null,
    needed_from               date         not null,
    status                    varchar(20)  not null check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'SUPERSEDED')),
    number                    varchar(60),
    issuer                    varchar(120),
    valid_from                date,
    valid_to                  date,
    amount_limit              numeric(12, 2) check (amount_limit >= 0),
    refusal_reason            varchar(500),
    requested_at              timestamptz  not null,
    decided_at                timestamptz,
    version                   bigint       not null default 0,
    check (status <> 'GRANTED' or (number is not null and issuer is not null and valid_from is not null)),
    check (valid_to is null or valid_to >= valid_from)
);
create index financing_instrument_placement on financing_instrument (placement_id, requested_at desc);
-- At most one current instrument per placement.
create unique index financing_instrument_current on financing_instrument (placement_id)
    where status in ('REQUESTED', 'GRANTED');

create table agreement (
    id                            uuid primary key,
    placement_id                  uuid         not null unique references placement (id),
    person_id                     uuid         not null references person (id),
    partner_name                  varchar(160) not null,
    notice_months                 integer      not null check (notice_months >= 0),
    notice_days                   integer      not null check (notice_days >= 0),
    notice_to_month_end           boolean      not null,
    collaboration_rules_reference varchar(200) not null,
    collaboration_rules_version   varchar(60)  not null,
    status                        varchar(10)  not null check (status in ('DRAFT', 'SIGNED')),
    created_at                    timestamptz  not null,
    signed_on                     date,
    signed_by                     varchar(160),
    institution_signatory         varchar(160),
    scan_reference                varchar(200),
    signature_recorded_at         timestamptz,
    version                       bigint       not null default 0,
    check (status <> 'SIGNED' or (signed_on is not null and signed_by is not null and scan_reference is not null))
);
