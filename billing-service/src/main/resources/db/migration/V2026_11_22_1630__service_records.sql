-- Service records (AM-07, PG-02, PG-05): what providers recorded per participant and month. Personal data: reads and
-- writes are audited. participation_id is the participation's id (intake's placement id); no foreign key, so that
-- the records do not depend on the order in which the participation package's tables are filled.

-- A participant's month: its revision counts every change (days, sessions, abort, module hours dated in it).
create table service_record_month (
    id               uuid primary key,
    participation_id uuid        not null,
    month_start      date        not null check (extract(day from month_start) = 1),
    revision         integer     not null check (revision >= 0),
    abort_date       date,
    abort_kind       varchar(20) check (abort_kind in ('UNFORESEEN_ABORT', 'NO_SHOW_AT_START')),
    changed_at       timestamptz,
    version          bigint      not null default 0,
    constraint service_record_month_once unique (participation_id, month_start),
    constraint service_record_month_abort check ((abort_date is null) = (abort_kind is null)),
    constraint service_record_month_abort_in_month
        check (abort_date is null or date_trunc('month', abort_date)::date = month_start)
);
-- The invoice run's question: which months changed since its last run.
create index service_record_month_changed on service_record_month (changed_at) where changed_at is not null;

-- AM-07: the days attended with hours, one per day.
create table service_record_day (
    month_id uuid          not null references service_record_month (id) on delete cascade,
    position integer       not null,
    day      date          not null,
    hours    numeric(4, 2) not null check (hours > 0 and hours <= 24),
    primary key (month_id, position),
    constraint service_record_day_once unique (month_id, day)
        deferrable initially deferred
);

-- AM-07: coaching sessions with their minutes.
create table service_record_session (
    month_id uuid    not null references service_record_month (id) on delete cascade,
    position integer not null,
    day      date    not null,
    minutes  integer not null check (minutes between 1 and 1440),
    primary key (month_id, position)
);

-- PG-02, PG-05: pass(t)genau professional service hours per module and day.
create table module_hours (
    id               uuid primary key,
    participation_id uuid          not null,
    module           varchar(30)   not null,
    day              date          not null,
    hours            numeric(4, 2) not null check (hours > 0 and hours <= 24),
    note             varchar(500),
    recorded_at      timestamptz   not null
);
-- The limit checks (module total, month total) and the paged list by day; the month's totals per module.
create index module_hours_participation_module_day on module_hours (participation_id, module, day);
create index module_hours_participation_day on module_hours (participation_id, day, recorded_at, id);
