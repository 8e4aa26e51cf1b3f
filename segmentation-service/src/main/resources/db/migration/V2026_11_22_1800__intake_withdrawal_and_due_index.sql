-- SG-01: a case may end during intake (withdrawal): NOT_ENTITLED (the need and entitlement check found none and the
-- person is not followed as prevention, SG-11) and WITHDRAWN (the person withdrew) join the detachment reasons.
do $$
declare
    existing text;
begin
    for existing in
        select conname from pg_constraint
         where conrelid = 'integration_case'::regclass and contype = 'c'
           and pg_get_constraintdef(oid) like '%detachment_reason%'
    loop
        execute format('alter table integration_case drop constraint %I', existing);
    end loop;
end
$$;

alter table integration_case add constraint integration_case_detachment_reason_check
    check (detachment_reason in ('PROFESSIONAL_INTEGRATION', 'SUBSIDIARITY', 'NOT_ENTITLED', 'WITHDRAWN', 'OTHER'));

-- SG-04: the due list without a region or caseworker filter (GET /reviews/due) reads by review_due_on alone.
create index integration_case_due on integration_case (review_due_on) where review_due_on is not null;
