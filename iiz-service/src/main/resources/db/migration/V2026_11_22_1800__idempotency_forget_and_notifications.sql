-- IZ-10: the closure forgets the idempotency store's copies of the case's responses (Idempotency.forget deletes the
-- rows by resource_id); the lookup needs an index.
create index idempotency_key_resource on idempotency_key (resource_id) where resource_id is not null;

-- IZ-04 / IZ-10: the social office is notified when a situation report is issued, too; a notification names the
-- item it is about (the report), if any. Its case manager reads them (GET /api/iiz/cases/{id}/notifications).
alter table iiz_case_notification drop constraint iiz_case_notification_kind_check;
alter table iiz_case_notification add constraint iiz_case_notification_kind_check
    check (kind in ('CLOSURE_ANNOUNCED', 'SITUATION_REPORT_ISSUED'));
alter table iiz_case_notification add column item_id uuid;
drop index iiz_case_notification_case;
create index iiz_case_notification_case on iiz_case_notification (case_id, sent_at desc, id);
