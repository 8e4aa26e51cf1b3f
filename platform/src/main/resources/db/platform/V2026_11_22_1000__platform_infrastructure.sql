-- Platform tables every service has. Runs as the owner role; ${app_role} is the role the application connects as.

-- The application reads and writes business tables; only the owner changes the schema.
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka afterwards.
create table outbox_event (
    seq            bigserial primary key,
    id             uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    correlation_id text,
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumers: one row per (consumer, event id), inserted in the same transaction as the effect.
create table inbox_event (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index inbox_event_received_at on inbox_event (received_at);

-- Retried creates: the first response per (scope, key) is kept and replayed.
create table idempotency_key (
    scope           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    resource_id     text,
    response        jsonb,
    created_at      timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);

-- Who read or wrote which personal data, when, for whom. Append-only.
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz not null default now(),
    actor          text        not null,
    actor_roles    text        not null,
    institution    text,
    action         text        not null,
    resource_type  text        not null,
    resource_id    text,
    subject_ref    text,
    correlation_id text
);
create index audit_log_subject on audit_log (subject_ref, occurred_at);
create index audit_log_occurred_at on audit_log (occurred_at);

revoke update, delete, truncate on audit_log from ${app_role};

create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only';
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
