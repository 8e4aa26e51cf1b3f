-- Case work (IZ-04, IZ-06 to IZ-09): shared case space (documents, comments, activity feed), situation analysis and
-- reports, round tables, integration plans, monitoring. Everything here is what the institutions provided for a
-- case: the case-work erasers delete it for good at closure (IZ-10). Who added something is kept as the account
-- (added_by), how they take part in the case (member) and the partner institution (null for suite roles).

-- IZ-06: documents; the bytes live in their own table so that lists never load them.
create table iiz_case_document (
    id          uuid primary key,
    case_id     uuid         not null references iiz_case (id),
    file_name   varchar(200) not null,
    media_type  varchar(120) not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    sha256      char(64)     not null,
    added_by    varchar(100) not null,
    member      varchar(20)  not null,
    institution varchar(60),
    added_at    timestamptz  not null
);
create index iiz_case_document_case on iiz_case_document (case_id, added_at desc, id);

create table iiz_case_document_content (
    document_id uuid primary key references iiz_case_document (id),
    content     bytea not null
);

-- IZ-06: comments
create table iiz_case_comment (
    id          uuid primary key,
    case_id     uuid          not null references iiz_case (id),
    text        varchar(4000) not null,
    added_by    varchar(100)  not null,
    member      varchar(20)   not null,
    institution varchar(60),
    added_at    timestamptz   not null
);
create index iiz_case_comment_case on iiz_case_comment (case_id, added_at desc, id);

-- IZ-06: the activity feed: what happened, by whom, on which item; never content.
create table iiz_case_activity (
    id          uuid primary key,
    case_id     uuid         not null references iiz_case (id),
    occurred_at timestamptz  not null,
    kind        varchar(60)  not null,
    item_id     uuid,
    actor       varchar(100) not null,
    member      varchar(20),
    institution varchar(60)
);
create index iiz_case_activity_case on iiz_case_activity (case_id, occurred_at desc, id);

-- IZ-04: the social-assistance body's answers, one per topic of the questionnaire (the latest answer counts).
create table iiz_situation_answer (
    id          uuid primary key,
    case_id     uuid          not null references iiz_case (id),
    topic       varchar(40)   not null check (topic in ('ON_ASSISTANCE_SINCE', 'PAST_INTEGRATION_EFFORTS',
        'MEASURE_REPORTS', 'PLANNED_INTEGRATION_AND_GOALS', 'PERSONAL_ENVIRONMENT', 'RESOURCES_AND_OBSTACLES',
        'DAILY_ROUTINE_AND_INTERESTS', 'SUPPORT_SYSTEMS', 'BEHAVIOUR_MOTIVATION_COOPERATION', 'CONCERNS_FOR_NETWORK')),
    text        varchar(4000) not null,
    since       date,
    added_by    varchar(100)  not null,
    member      varchar(20)   not null,
    institution varchar(60),
    answered_at timestamptz   not null,
    constraint iiz_situation_answer_topic unique (case_id, topic),
    constraint iiz_situation_answer_since check ((topic = 'ON_ASSISTANCE_SINCE') = (since is not null))
);

-- IZ-04: each institution's facts (Facheinschätzungen)
create table iiz_situation_fact (
    id          uuid primary key,
    case_id     uuid          not null references iiz_case (id),
    text        varchar(4000) not null,
    added_by    varchar(100)  not null,
    member      varchar(20)   not null,
    institution varchar(60),
    added_at    timestamptz   not null
);
create index iiz_situation_fact_case on iiz_situation_fact (case_id, added_at, id);

-- IZ-04: the client's own view, where a talk with the coordinator took place (one per case, the latest counts)
create table iiz_situation_client_view (
    case_id     uuid primary key references iiz_case (id),
    talk_on     date          not null,
    text        varchar(4000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

-- IZ-04: issued situation reports, as issued (JSON and PDF with its SHA-256); a new issue is a new version.
create table iiz_situation_report (
    id            uuid primary key,
    case_id       uuid         not null references iiz_case (id),
    version       integer      not null check (version > 0),
    issued_on     date         not null,
    issued_by     varchar(100) not null,
    issued_at     timestamptz  not null,
    content       text         not null,
    document      bytea        not null,
    document_sha256 char(64)   not null,
    constraint iiz_situation_report_version unique (case_id, version)
);

-- IZ-07: round tables: a 30-minute pre-meeting of the professionals, then the session with the client.
create table iiz_round_table (
    id                  uuid primary key,
    case_id             uuid          not null references iiz_case (id),
    meeting_date        date          not null,
    pre_meeting_start   time          not null,
    session_minutes     integer       not null check (session_minutes between 45 and 90),
    location            varchar(200)  not null,
    status              varchar(20)   not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    scheduled_by        varchar(100)  not null,
    scheduled_at        timestamptz   not null,
    minutes             varchar(20000),
    minutes_by          varchar(100),
    minutes_recorded_at timestamptz,
    version             bigint        not null default 0,
    constraint iiz_round_table_minutes check ((status = 'HELD') = (minutes is not null))
);
create index iiz_round_table_case on iiz_round_table (case_id, meeting_date desc, id);

create table iiz_round_table_invitee (
    round_table_id uuid         not null references iiz_round_table (id),
    position       integer      not null,
    name           varchar(160) not null,
    kind           varchar(20)  not null check (kind in ('PROFESSIONAL', 'CLIENT')),
    institution    varchar(60),
    primary key (round_table_id, position)
);

-- IZ-08: integration plans, one row per version; a change after signing is a new version, old ones are kept.
create table iiz_plan (
    id                    uuid primary key,
    case_id               uuid         not null references iiz_case (id),
    plan_version          integer      not null check (plan_version > 0),
    revision              integer      not null check (revision > 0),
    status                varchar(20)  not null check (status in ('DRAFT', 'SIGNED', 'SUPERSEDED')),
    drafted_by            varchar(100) not null,
    drafted_at            timestamptz  not null,
    kickoff_on            date,
    coordinator_signatory varchar(100),
    client_signatory      varchar(160),
    signed_at             timestamptz,
    superseded_at         timestamptz,
    version               bigint       not null default 0,
    constraint iiz_plan_version_per_case unique (case_id, plan_version),
    constraint iiz_plan_signed check ((status = 'DRAFT') = (signed_at is null))
);
-- at most one draft per case
create unique index iiz_plan_one_draft on iiz_plan (case_id) where status = 'DRAFT';

create table iiz_plan_measure (
    plan_id                 uuid          not null references iiz_plan (id),
    position                integer       not null,
    title                   varchar(200)  not null,
    description             varchar(2000),
    deadline                date          not null,
    responsible_institution varchar(60),
    responsible_person      varchar(160),
    primary key (plan_id, position),
    constraint iiz_plan_measure_responsible check (responsible_institution is not null or responsible_person is not null)
);

create table iiz_plan_review (
    plan_id     uuid          not null references iiz_plan (id),
    position    integer       not null,
    revision    integer       not null,
    verdict     varchar(20)   not null check (verdict in ('APPROVED', 'COMMENTED')),
    comment     varchar(4000),
    added_by    varchar(100)  not null,
    member      varchar(20)   not null,
    institution varchar(60),
    reviewed_at timestamptz   not null,
    primary key (plan_id, position)
);

-- IZ-09: the agreed review interval and the next review's date, per case
create table iiz_monitoring (
    case_id        uuid primary key references iiz_case (id),
    interval_weeks integer      not null check (interval_weeks between 1 and 52),
    next_review_on date         not null,
    agreed_by      varchar(100) not null,
    agreed_at      timestamptz  not null,
    version        bigint       not null default 0
);
create index iiz_monitoring_due on iiz_monitoring (next_review_on, case_id);

create table iiz_monitoring_review (
    id          uuid primary key,
    case_id     uuid          not null references iiz_case (id),
    held_on     date          not null,
    kind        varchar(20)   not null check (kind in ('SCHEDULED', 'ON_DEMAND')),
    outcome     varchar(4000) not null,
    adjustments varchar(4000),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
create index iiz_monitoring_review_case on iiz_monitoring_review (case_id, held_on desc, id);

create table iiz_client_contact (
    id           uuid primary key,
    case_id      uuid          not null references iiz_case (id),
    contact_on   date          not null,
    channel      varchar(20)   not null check (channel in ('PHONE', 'EMAIL', 'MEETING', 'LETTER', 'OTHER')),
    initiated_by varchar(20)   not null check (initiated_by in ('CLIENT', 'TEAM')),
    note         varchar(4000) not null,
    added_by     varchar(100)  not null,
    member       varchar(20)   not null,
    institution  varchar(60),
    added_at     timestamptz   not null
);
create index iiz_client_contact_case on iiz_client_contact (case_id, contact_on desc, id);
