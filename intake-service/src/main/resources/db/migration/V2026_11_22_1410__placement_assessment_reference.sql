-- A placement's assessment (DC-15) is one intake recorded.
alter table placement
    add constraint placement_assessment_fk foreign key (assessment_id) references assessment (id);
create index placement_assessment on placement (assessment_id) where assessment_id is not null;
