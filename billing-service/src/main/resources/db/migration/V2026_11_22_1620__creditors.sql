-- Creditors: who issues invoices and is paid (the QR-bill's creditor). Organisations, not persons.
create table creditor (
    id                 uuid primary key,
    kind               varchar(30)  not null check (kind in ('AMI_PROVIDER', 'DAY_CENTER', 'PASST_GENAU_PROVIDER')),
    intake_provider_id uuid,
    passt_genau_provider varchar(40),
    institution_id     varchar(100),
    name               varchar(70)  not null,
    street             varchar(70)  not null,
    house_number       varchar(16),
    postal_code        varchar(4)   not null check (postal_code ~ '^[1-9][0-9]{3}$'),
    town               varchar(35)  not null,
    country            varchar(2)   not null check (country in ('CH', 'LI')),
    iban               varchar(21)  not null check (iban ~ '^(CH|LI)[0-9]{7}[0-9A-Z]{12}$'),
    qr_iban            boolean      not null,
    created_at         timestamptz  not null,
    changed_at         timestamptz  not null,
    version            bigint       not null default 0,
    -- intake's provider id exactly for AMI providers
    constraint creditor_intake_provider check ((kind = 'AMI_PROVIDER') = (intake_provider_id is not null)),
    -- intake's pass(t)genau provider exactly for pass(t)genau providers (PG-05)
    constraint creditor_passt_genau_provider check ((kind = 'PASST_GENAU_PROVIDER') = (passt_genau_provider is not null))
);
-- One creditor per intake provider (lookup by provider id for the participations).
create unique index creditor_intake_provider_once on creditor (intake_provider_id) where intake_provider_id is not null;
create unique index creditor_passt_genau_provider_once on creditor (passt_genau_provider)
    where passt_genau_provider is not null;
-- Exactly one day center.
create unique index creditor_one_day_center on creditor (kind) where kind = 'DAY_CENTER';
-- The partner checks: the creditors an institution acts for.
create index creditor_institution on creditor (institution_id) where institution_id is not null;
-- The paged list, by name (optionally of one kind).
create index creditor_name on creditor (lower(name), id);
create index creditor_kind_name on creditor (kind, lower(name), id);
