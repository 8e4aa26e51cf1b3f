-- The social-assistance integration process (SG-01..SG-10): integration cases, the process-2010 intake steps,
-- segment decisions with their need categories, measures, goal agreements with goals and filed scans, reviews with
-- their per-goal evaluation, and the review file notes (Aktennotizen) as stored PDFs. Readings: docs/segmentation-rules.md.

-- Persons intake registered (topic intake.person): only the id, so a case can be linked to intake's person id.
create table known_person (
    person_id     uuid primary key,
    registered_at timestamptz not null,
    learned_at    timestamptz not null
);

create table integration_case (
    id                         uuid primary key,
    -- intake's person id (never the AHV number)
    person_id                  uuid         not null references known_person (person_id),
    assistance_type            varchar(20)  not null check (assistance_type in ('REGULAR', 'ASYLUM')),
    -- SG-01 need and entitlement check; false = without entitlement (prevention, SG-11); null until checked
    entitled                   boolean,
    social_region              varchar(60)  not null,
    caseworker                 varchar(100) not null,
    status                     varchar(20)  not null
        check (status in ('INTAKE', 'ACTIVE', 'AFTERCARE', 'DETACHED', 'CLOSED')),
    opened_on                  date         not null,
    -- the current segment decision (null while in intake)
    segment                    varchar(1) check (segment in ('A', 'V', 'O', 'S')),
    segment_decided_on         date,
    segment_valid_until        date,
    -- SG-04: the next review (the final review in aftercare); null in intake and once detached or closed
    review_due_on              date,
    -- ReviewDue was published for the current review_due_on (set back on every new decision)
    review_due_published       boolean      not null default false,
    -- SG-04 / SG-08: a person in A who turned out not to be a self-runner (prompt review requested on)
    not_self_runner_since      date,
    detached_on                date,
    detachment_reason          varchar(40)
        check (detachment_reason in ('PROFESSIONAL_INTEGRATION', 'SUBSIDIARITY', 'OTHER')),
    -- SG-09: detached_on + 6 months for a professional integration
    aftercare_ends_on          date,
    final_review_id            uuid,
    closed_on                  date,
    created_at                 timestamptz  not null,
    version                    bigint       not null default 0
);
create index integration_case_person on integration_case (person_id, opened_on desc);
-- At most one case per person that is not closed.
create unique index integration_case_one_open_per_person on integration_case (person_id) where status <> 'CLOSED';
-- SG-04 due reviews per region and per caseworker, and the periodic ReviewDue job.
create index integration_case_region_due on integration_case (social_region, review_due_on) where review_due_on is not null;
create index integration_case_caseworker_due on integration_case (caseworker, review_due_on) where review_due_on is not null;
create index integration_case_due_unpublished on integration_case (review_due_on) where review_due_on is not null and not review_due_published;

-- SG-01: process 2010 steps in order (position 0..3).
create table case_intake_step (
    case_id     uuid          not null references integration_case (id),
    position    integer       not null check (position between 0 and 3),
    step        varchar(40)   not null check (step in ('FIRST_COUNSELLING', 'NEED_AND_ENTITLEMENT_CHECK',
                                                        'SUBSIDIARITY_CHECK', 'SHORT_ASSESSMENT')),
    occurred_on date          not null,
    -- the short assessment's summary of findings; an optional note for the other steps
    findings    varchar(4000),
    recorded_at timestamptz   not null,
    primary key (case_id, position),
    constraint case_intake_step_once unique (case_id, step)
);

-- SG-02, SG-03, SG-04, SG-08: every segment decision, initial and at each review, in order.
create table segment_decision (
    id               uuid primary key,
    case_id          uuid          not null references integration_case (id),
    sequence_no      integer       not null,
    kind             varchar(20)   not null check (kind in ('INITIAL', 'CONFIRMED', 'CHANGED')),
    segment          varchar(1)    not null check (segment in ('A', 'V', 'O', 'S')),
    previous_segment varchar(1) check (previous_segment in ('A', 'V', 'O', 'S')),
    decided_on       date          not null,
    valid_until      date          not null,
    review_due_on    date          not null,
    reason           varchar(4000) not null,
    decided_by       varchar(100)  not null,
    recorded_at      timestamptz   not null,
    constraint segment_decision_order unique (case_id, sequence_no),
    constraint segment_decision_validity check (valid_until > decided_on and valid_until <= decided_on + interval '6 months'),
    constraint segment_decision_review_due check (review_due_on >= decided_on and review_due_on < valid_until)
);

-- SG-03: the structured reason's need categories.
create table segment_decision_need (
    decision_id uuid        not null references segment_decision (id),
    need        varchar(40) not null,
    primary key (decision_id, need)
);

-- SG-05: measures assigned to a case.
create table case_measure (
    id            uuid primary key,
    case_id       uuid          not null references integration_case (id),
    type          varchar(40)   not null,
    segment       varchar(1)    not null check (segment in ('A', 'V', 'O', 'S')),
    started_on    date          not null,
    ended_on      date,
    justification varchar(1000),
    recorded_at   timestamptz   not null
);
create index case_measure_case on case_measure (case_id, started_on);

-- SG-06, SG-09: goal agreements (Zielvereinbarungen) with their goals and the filed, signed scan.
create table goal_agreement (
    id                  uuid primary key,
    case_id             uuid         not null references integration_case (id),
    person_id           uuid         not null,
    occasion            varchar(20)  not null check (occasion in ('SEGMENTATION', 'REVIEW', 'AFTERCARE')),
    -- the segment decision it follows (null for aftercare)
    decision_id         uuid references segment_decision (id),
    segment             varchar(1) check (segment in ('A', 'V', 'O', 'S')),
    agreed_on           date         not null,
    status              varchar(20)  not null check (status in ('DRAFT', 'SIGNED', 'FILED')),
    signed_on           date,
    signed_by           varchar(100),
    scan_document_type  varchar(60),
    scan_sha256         varchar(64),
    scan_size           integer,
    scan_content        bytea,
    filed_at            timestamptz,
    created_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index goal_agreement_case on goal_agreement (case_id, agreed_on desc, created_at desc);

create table goal (
    id                uuid primary key,
    goal_agreement_id uuid          not null references goal_agreement (id),
    position          integer       not null,
    description       varchar(1000) not null,
    indicator         varchar(1000) not null,
    due_on            date          not null,
    constraint goal_position unique (goal_agreement_id, position)
);

-- SG-07, SG-09: reviews (Standortbestimmungen), regular, prompt and final.
create table case_review (
    id                     uuid primary key,
    case_id                uuid          not null references integration_case (id),
    kind                   varchar(20)   not null check (kind in ('REGULAR', 'PROMPT', 'FINAL')),
    held_on                date          not null,
    goal_agreement_id      uuid          not null references goal_agreement (id),
    situation              varchar(4000) not null,
    labour_market          varchar(4000),
    -- the decision it produced (null for the final review)
    decision_id            uuid references segment_decision (id),
    further_support_needed boolean,
    taken_over_by          varchar(1000),
    file_note_id           uuid          not null,
    held_by                varchar(100)  not null,
    recorded_at            timestamptz   not null
);
create index case_review_case on case_review (case_id, held_on);

create table review_goal_evaluation (
    review_id   uuid          not null references case_review (id),
    position    integer       not null,
    goal_id     uuid          not null references goal (id),
    achievement varchar(10)   not null check (achievement in ('FULLY', 'PARTLY', 'NOT')),
    reason      varchar(2000) not null,
    primary key (review_id, position)
);

-- SG-07: the file note (Aktennotiz) of each review decision, as a PDF for Klib.net.
create table file_note (
    id            uuid primary key,
    case_id       uuid         not null references integration_case (id),
    review_id     uuid         not null,
    document_type varchar(60)  not null,
    content       bytea        not null,
    sha256        varchar(64)  not null,
    created_at    timestamptz  not null
);
create index file_note_case on file_note (case_id);
