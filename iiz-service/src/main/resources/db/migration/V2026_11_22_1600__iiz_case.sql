-- iiz cases (IZ-01 to IZ-03, IZ-05, IZ-06, IZ-10): registration (1a/1b), regional case team, power of attorney,
-- decision, closure with deletion log. The person is linked by intake's person id only; no names, no AHV number.

create table iiz_case (
    id                      uuid primary key,
    person_id               uuid          not null,
    -- IZ-02 (1a, via the iiz specialists of the cantonal social office) or IZ-03 (1b, by a partner institution)
    registration_path       varchar(30)   not null check (registration_path in ('SOCIAL_ASSISTANCE', 'PARTNER_INSTITUTION')),
    -- 1a: the social-assistance body; 1b: the partner institution (token claim `institution`)
    registering_institution varchar(60)   not null,
    -- the responsible social-assistance body (its case manager joins the team)
    social_office           varchar(60)   not null,
    -- the case manager's account (token subject / preferred_username); access on request, granted (IZ-06)
    case_manager            varchar(100),
    case_manager_access     varchar(20)   not null default 'NONE'
        check (case_manager_access in ('NONE', 'REQUESTED', 'GRANTED')),
    registered_by           varchar(100)  not null,
    -- the coordination person leading the case team (account), set when the team is assembled
    coordinator             varchar(100),
    status                  varchar(20)   not null check (status in ('REGISTERED', 'FORWARDED', 'ACTIVE', 'CLOSED')),
    -- the (oral) case description and the mandate wording; what the institutions provided: erased at closure
    case_description        varchar(4000),
    mandate                 varchar(2000),
    registered_on           date          not null,
    forwarded_on            date,
    team_assembled_on       date,
    -- IZ-05
    decision                varchar(40) check (decision in ('ROUND_TABLE', 'RECOMMENDATION_WITH_CLOSURE')),
    decided_on              date,
    decided_by              varchar(100),
    recommendation          varchar(4000),
    -- IZ-10
    closure_announced_on    date,
    closure_reason          varchar(40) check (closure_reason in ('MANDATE_FULFILLED', 'GOAL_EMPLOYMENT',
                                                                  'GOAL_TRAINING_START', 'SERVICES_DELIVERED',
                                                                  'NO_FURTHER_NEED')),
    closed_on               date,
    closed_by               varchar(100),
    created_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint iiz_case_closed check ((status = 'CLOSED') = (closed_on is not null and closure_reason is not null)),
    constraint iiz_case_decided check ((decision is null) = (decided_on is null))
);
create index iiz_case_person on iiz_case (person_id);
create index iiz_case_case_manager on iiz_case (case_manager) where case_manager is not null;
create index iiz_case_listing on iiz_case (registered_on desc, created_at desc);

-- IZ-02: the checklist of documents the registration needs (names only; the documents live in the case space)
create table iiz_case_required_document (
    case_id  uuid         not null references iiz_case (id),
    position integer      not null,
    name     varchar(200) not null,
    primary key (case_id, position)
);

-- IZ-03: one specialist per partner institution
create table iiz_case_team_member (
    case_id     uuid         not null references iiz_case (id),
    institution varchar(60)  not null,
    specialist  varchar(100) not null,
    primary key (case_id, institution)
);
create index iiz_case_team_member_institution on iiz_case_team_member (institution, case_id);

-- IZ-01: the signed Vollmacht
create table iiz_power_of_attorney (
    id             uuid primary key,
    case_id        uuid         not null references iiz_case (id),
    signed_on      date         not null,
    valid_until    date         not null,
    scan_reference varchar(200) not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    ended_on       date,
    end_reason     varchar(20) check (end_reason in ('REVOKED', 'LAPSED')),
    ended_by       varchar(100),
    version        bigint       not null default 0,
    constraint iiz_power_of_attorney_validity check (valid_until >= signed_on),
    constraint iiz_power_of_attorney_end check ((ended_on is null) = (end_reason is null))
);
create index iiz_power_of_attorney_case on iiz_power_of_attorney (case_id, signed_on desc);

create table iiz_power_of_attorney_institution (
    power_of_attorney_id uuid        not null references iiz_power_of_attorney (id),
    institution          varchar(60) not null,
    primary key (power_of_attorney_id, institution)
);

-- IZ-10: notifications sent for a case (the social office informed before closure)
create table iiz_case_notification (
    id        uuid primary key,
    case_id   uuid         not null references iiz_case (id),
    recipient varchar(60)  not null,
    kind      varchar(40)  not null check (kind in ('CLOSURE_ANNOUNCED')),
    sent_at   timestamptz  not null,
    sent_by   varchar(100) not null
);
create index iiz_case_notification_case on iiz_case_notification (case_id, sent_at);

-- IZ-10: what was deleted at closure, when and by whom: ids and hashes, never content
create table iiz_deletion_log (
    id         uuid primary key,
    case_id    uuid         not null references iiz_case (id),
    kind       varchar(40)  not null,
    item_id    uuid         not null,
    sha256     char(64)     not null,
    deleted_at timestamptz  not null,
    deleted_by varchar(100) not null
);
create index iiz_deletion_log_case on iiz_deletion_log (case_id, deleted_at);
