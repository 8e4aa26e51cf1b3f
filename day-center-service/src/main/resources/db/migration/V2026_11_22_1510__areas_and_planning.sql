-- Work areas with their company holidays (DC-02, DC-06), and the weekly half-day plan (DC-04).

create table work_area (
    id                      uuid primary key,
    name                    varchar(80)  not null,
    name_key                varchar(80)  not null, -- the name in lower case (Locale.ROOT), for lookups by name
    capacity                integer      not null check (capacity between 1 and 50),
    kind                    varchar(10)  not null check (kind in ('WORK', 'SERVICE', 'NONE')),
    motivation_compensation numeric(6, 2),
    version                 bigint       not null default 0,
    constraint work_area_compensation check (
        (kind = 'NONE' and motivation_compensation is null)
        or (kind <> 'NONE' and motivation_compensation between 50.00 and 100.00))
);
create unique index work_area_name on work_area (name_key);

create table work_area_closure (
    id        uuid primary key,
    area_id   uuid         not null references work_area (id),
    from_date date         not null,
    to_date   date         not null,
    reason    varchar(200) not null,
    check (from_date <= to_date)
);
create index work_area_closure_area on work_area_closure (area_id, from_date);

create table plan_entry (
    id           uuid primary key,
    placement_id uuid        not null references place (placement_id),
    plan_date    date        not null,
    half_day     varchar(10) not null check (half_day in ('MORNING', 'AFTERNOON')),
    area_id      uuid        not null references work_area (id),
    planned_at   timestamptz not null,
    constraint plan_entry_one_area_per_half_day unique (placement_id, plan_date, half_day)
);
create index plan_entry_date on plan_entry (plan_date, area_id);
create index plan_entry_area on plan_entry (area_id, plan_date);
