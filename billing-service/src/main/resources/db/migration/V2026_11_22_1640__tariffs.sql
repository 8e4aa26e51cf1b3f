-- Tariffs as versioned data (AM-01, DC-21, PG-05): one table per kind, each row valid from valid_from to valid_to
-- (both inclusive; valid_to null = open-ended). Rows of one key never overlap: the service adds a version under a
-- transaction-level advisory lock per table, closing the open row the day before; at most one open row per key is
-- also enforced here. Organisational data, no personal data.

-- AM-01: maximum tariff per AMI programme type and unit (CHF), with an optional monthly cap.
create table ami_maximum_tariff (
    id              uuid          primary key,
    programme_type  varchar(40)   not null check (programme_type in ('INTEGRATION_ARBEIT', 'COACHING',
                        'QUALIFIZIERUNG', 'JUGENDPROGRAMM', 'BESCHAEFTIGUNG_I', 'BESCHAEFTIGUNG_I_PROGRAMM_R',
                        'TRAUMAPROGRAMM', 'BESCHAEFTIGUNG_II', 'SUCHTHILFE_STUNDENLOHN')),
    unit            varchar(20)   not null check (unit in ('COACHING_HOUR', 'DAY', 'HOUR_WORKED')),
    maximum_chf     numeric(10,2) not null check (maximum_chf >= 0),
    monthly_cap_chf numeric(10,2) check (monthly_cap_chf >= 0),
    valid_from      date          not null,
    valid_to        date          check (valid_to >= valid_from),
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create unique index ami_maximum_tariff_key_from on ami_maximum_tariff (programme_type, unit, valid_from);
create unique index ami_maximum_tariff_one_open on ami_maximum_tariff (programme_type, unit) where valid_to is null;

-- DC-21: day-center monthly flat rate per IBB level (CHF).
create table day_center_flat_rate (
    id          uuid          primary key,
    ibb_level   varchar(20)   not null check (ibb_level in ('ASSESSMENT_PENDING', 'LEVEL_0', 'LEVEL_1', 'LEVEL_2',
                    'LEVEL_3', 'LEVEL_4')),
    monthly_chf numeric(10,2) not null check (monthly_chf >= 0),
    valid_from  date          not null,
    valid_to    date          check (valid_to >= valid_from),
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create unique index day_center_flat_rate_key_from on day_center_flat_rate (ibb_level, valid_from);
create unique index day_center_flat_rate_one_open on day_center_flat_rate (ibb_level) where valid_to is null;

-- PG-05: pass(t)genau rate per professional service hour, for one module (intake's module name) or all (null).
create table passtgenau_rate (
    id            uuid          primary key,
    module        varchar(40)   check (module ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    rate_per_hour numeric(10,2) not null check (rate_per_hour >= 0),
    currency      varchar(3)    not null check (currency in ('CHF', 'EUR')),
    valid_from    date          not null,
    valid_to      date          check (valid_to >= valid_from),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create unique index passtgenau_rate_key_from on passtgenau_rate (coalesce(module, ''), valid_from);
create unique index passtgenau_rate_one_open on passtgenau_rate (coalesce(module, '')) where valid_to is null;

-- The defaults. AM-01: seed 004 "Höchsttarife" (no date in the seed: valid from 2024-01-01); Teillohn has no row
-- (CHF 0, no tariff). DC-21: Solothurn 2024 flat rates. PG-05: the seed gives no rate, so none.
insert into ami_maximum_tariff (id, programme_type, unit, maximum_chf, monthly_cap_chf, valid_from, created_at) values
    (gen_random_uuid(), 'INTEGRATION_ARBEIT', 'COACHING_HOUR', 250.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'INTEGRATION_ARBEIT', 'DAY', 90.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'COACHING', 'COACHING_HOUR', 200.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'QUALIFIZIERUNG', 'DAY', 80.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'JUGENDPROGRAMM', 'DAY', 100.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'BESCHAEFTIGUNG_I', 'DAY', 35.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'BESCHAEFTIGUNG_I_PROGRAMM_R', 'DAY', 50.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'TRAUMAPROGRAMM', 'DAY', 120.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'BESCHAEFTIGUNG_II', 'DAY', 50.00, null, date '2024-01-01', now()),
    (gen_random_uuid(), 'SUCHTHILFE_STUNDENLOHN', 'HOUR_WORKED', 4.00, 350.00, date '2024-01-01', now());

insert into day_center_flat_rate (id, ibb_level, monthly_chf, valid_from, created_at) values
    (gen_random_uuid(), 'ASSESSMENT_PENDING', 2890.00, date '2024-01-01', now()),
    (gen_random_uuid(), 'LEVEL_0', 1795.00, date '2024-01-01', now()),
    (gen_random_uuid(), 'LEVEL_1', 2692.00, date '2024-01-01', now()),
    (gen_random_uuid(), 'LEVEL_2', 3589.00, date '2024-01-01', now()),
    (gen_random_uuid(), 'LEVEL_3', 4486.00, date '2024-01-01', now()),
    (gen_random_uuid(), 'LEVEL_4', 5384.00, date '2024-01-01', now());
