-- AM-03: the stages of an AMI programme's course, in order, with the final talk's documents and follow-up.
create table placement_course_step (
    placement_id                      uuid          not null references placement (id),
    position                          integer       not null,
    stage                             varchar(30)   not null,
    step_date                         date          not null,
    note                              varchar(1000),
    report_issued                     boolean,
    participation_confirmation_issued boolean,
    work_reference_issued             boolean,
    follow_up                         varchar(1000),
    primary key (placement_id, position)
);
