-- The programme catalogue (AM-01, AM-04): postal-code coordinates, providers and their programmes.

-- Swiss postal codes with WGS84 coordinates, imported from the GeoNames CSV (Postal code data © GeoNames, CC BY 4.0).
-- One zip code can serve several places, and one place can lie in several municipalities.
create table postal_code (
    zipcode             varchar(4)       not null check (zipcode ~ '^[1-9][0-9]{3}$'),
    place               varchar(100)     not null,
    municipality_number integer          not null check (municipality_number between 1 and 9999),
    canton_code         varchar(2)       not null,
    latitude            double precision not null check (latitude between -90 and 90),
    longitude           double precision not null check (longitude between -180 and 180),
    imported_at         timestamptz      not null, -- when these values were imported (unchanged rows keep it)
    primary key (zipcode, place, municipality_number)
);
-- Search: the bounding-box prefilter around the origin.
create index postal_code_coordinates on postal_code (latitude, longitude);

create table provider (
    id          uuid primary key,
    name        varchar(200) not null,
    street      varchar(100),
    postal_code varchar(4)   not null check (postal_code ~ '^[1-9][0-9]{3}$'),
    town        varchar(100) not null,
    canton      varchar(2)   not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
-- The paged list, by name.
create index provider_name on provider (lower(name), id);

create table programme (
    id                       uuid primary key,
    provider_id              uuid          not null references provider (id),
    type                     varchar(40)   not null,
    name                     varchar(200)  not null,
    -- AM-01: tariffs in CHF per unit; null where the programme is not billed in that unit
    tariff_per_coaching_hour numeric(10, 2) check (tariff_per_coaching_hour >= 0),
    tariff_per_day           numeric(10, 2) check (tariff_per_day >= 0),
    tariff_per_hour_worked   numeric(10, 2) check (tariff_per_hour_worked >= 0),
    postal_code              varchar(4)    not null check (postal_code ~ '^[1-9][0-9]{3}$'),
    town                     varchar(100)  not null,
    capacity                 integer       not null check (capacity >= 0),
    occupied_places          integer       not null default 0,
    created_at               timestamptz   not null,
    version                  bigint        not null default 0,
    constraint programme_occupied_within_capacity check (occupied_places between 0 and capacity)
);
-- A provider's programmes; the list by type; the search joins on the postal code.
create index programme_provider on programme (provider_id, name);
create index programme_type on programme (type, name);
create index programme_postal_code on programme (postal_code, type);
