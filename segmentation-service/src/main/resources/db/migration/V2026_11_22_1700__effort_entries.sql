-- SG-12: the time caseworkers spend on an integration case, by day and kind of work; the source of the
-- controlling's effort figures (monthly effort per person per segment, effort of intake and short assessment).
-- No free text: the controlling needs day, minutes and kind only.
create table effort_entry (
    id          uuid primary key,
    case_id     uuid         not null references integration_case (id),
    worked_on   date         not null,
    minutes     integer      not null check (minutes between 1 and 720),
    kind        varchar(30)  not null check (kind in ('INTAKE', 'SHORT_ASSESSMENT', 'CLARIFICATION',
                                                      'GOAL_AGREEMENT', 'CASE_WORK', 'REVIEW', 'AFTERCARE')),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
-- a case's entries, newest day first; the controlling's per-case sums
create index effort_entry_case on effort_entry (case_id, worked_on desc, recorded_at desc);

-- SG-12: the controlling selects the cases open in a period
create index integration_case_controlling on integration_case (opened_on, closed_on) where entitled is not null;
