-- Address (eCH-0010 style) and the circumstances financing and programme access depend on. Income and assets are
-- only kept for a possible waiver (AM-06); the service refuses them otherwise.

alter table person
    add column street                    varchar(100),
    add column house_number              varchar(12),
    add column postal_code               varchar(4) check (postal_code ~ '^[1-9][0-9]{3}$'),
    add column town                      varchar(40),
    add column municipality_bfs_number   integer check (municipality_bfs_number between 1 and 9999),
    add column canton                    varchar(2),
    add column residence_permit          varchar(10)
        check (residence_permit in ('SWISS', 'B', 'C', 'F', 'G', 'L', 'N', 'S')),
    add column social_assistance         boolean not null default false,
    add column responsible_social_office varchar(120),
    add column iv_pension                boolean not null default false,
    add column unemployment_insurance    boolean not null default false,
    add column household_size            integer check (household_size between 1 and 20),
    add column monthly_household_income  numeric(12, 2) check (monthly_household_income >= 0),
    add column household_assets          numeric(14, 2) check (household_assets >= 0),
    add column german_level              varchar(10),
    add column updated_at                timestamptz,
    add constraint person_social_office_with_assistance
        check (social_assistance = (responsible_social_office is not null));
