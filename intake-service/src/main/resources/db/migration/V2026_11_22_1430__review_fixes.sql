-- An AMI placement's programme place is given back after its last day, once.
alter table placement add column programme_place_released boolean not null default false;
create index placement_programme_place_due on placement (end_date)
    where programme_id is not null and programme_place_released = false;

-- Lookups by person.
create index financing_instrument_person on financing_instrument (person_id);
create index agreement_person on agreement (person_id);

-- DC-12: the agreement as it was signed (the document printed for signature, kept with its hash).
alter table agreement
    add column signed_document        bytea,
    add column signed_document_sha256 varchar(64);
