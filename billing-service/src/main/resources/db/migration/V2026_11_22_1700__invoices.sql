-- Monthly run (AM-07): issued invoices, corrections and credit notes (immutable), gapless numbers per year,
-- and open items for the back office.

create table invoice_number_counter (
    invoice_year integer primary key,
    last_number  integer not null check (last_number >= 0)
);

create table invoice (
    id              uuid primary key,
    number          varchar(20)    not null unique,
    invoice_year    integer        not null,
    sequence        integer        not null,
    kind            varchar(20)    not null check (kind in ('INVOICE', 'CORRECTION', 'CREDIT_NOTE')),
    corrects_id     uuid references invoice (id),
    corrects_number varchar(20),
    creditor_id     uuid           not null,
    month           varchar(7)     not null,
    debtor_key      varchar(400)   not null,
    debtor_role     varchar(30)    not null,
    debtor_name     varchar(300)   not null,
    -- the participation, when the debtor is the participant (AM-06 own share, PG-05 personal budget)
    debtor_participation_id uuid,
    currency        varchar(3)     not null,
    subtotal        numeric(12, 2) not null,
    rounding        numeric(12, 2) not null,
    total           numeric(12, 2) not null,
    issue_date      date           not null,
    issued_at       timestamptz    not null,
    issued_by       varchar(200)   not null,
    qr_reference    varchar(40),
    document_json   text           not null,
    pdf             bytea          not null,
    pdf_sha256      varchar(64)    not null,
    constraint invoice_number_gapless unique (invoice_year, sequence),
    constraint invoice_corrects check ((kind = 'INVOICE') = (corrects_id is null)),
    constraint invoice_total check (total = subtotal + rounding)
);
-- one original invoice per creditor, month and debtor; corrections refer to it
create unique index invoice_one_original on invoice (creditor_id, month, debtor_key) where kind = 'INVOICE';
create index invoice_by_creditor_month on invoice (creditor_id, month);
create index invoice_by_month on invoice (month);
create index invoice_by_corrects on invoice (corrects_id);

create table invoice_line (
    invoice_id       uuid           not null references invoice (id),
    position         integer        not null,
    participation_id uuid,
    participant      varchar(300)   not null,
    reference        varchar(100),
    rule             varchar(40)    not null,
    text             varchar(2000)  not null,
    amount           numeric(12, 2) not null,
    primary key (invoice_id, position)
);

-- what each document charged the debtor per participation (the difference, on a correction)
create table invoice_share (
    invoice_id       uuid           not null references invoice (id),
    participation_id uuid           not null,
    amount           numeric(12, 2) not null,
    primary key (invoice_id, participation_id)
);
create index invoice_share_by_participation on invoice_share (participation_id);

-- issued documents never change: corrections are new documents
create function invoice_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'issued invoices are immutable (%), issue a correction or credit note instead', tg_table_name;
end;
$$;
create trigger invoice_no_change before update or delete on invoice
    for each row execute function invoice_immutable();
create trigger invoice_line_no_change before update or delete on invoice_line
    for each row execute function invoice_immutable();
create trigger invoice_share_no_change before update or delete on invoice_share
    for each row execute function invoice_immutable();

create table open_item (
    id               uuid primary key,
    creditor_id      uuid          not null,
    month            varchar(7)    not null,
    participation_id uuid          not null,
    participant      varchar(300)  not null,
    rule             varchar(40)   not null,
    reason           varchar(2000) not null,
    amount           numeric(12, 2),
    status           varchar(10)   not null check (status in ('OPEN', 'RESOLVED')),
    opened_at        timestamptz   not null,
    updated_at       timestamptz   not null,
    resolved_at      timestamptz,
    version          bigint        not null default 0,
    constraint open_item_once unique (creditor_id, month, participation_id)
);
create index open_item_by_status on open_item (status, month);
