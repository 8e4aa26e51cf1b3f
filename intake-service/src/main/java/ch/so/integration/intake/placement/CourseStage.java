package ch.so.integration.intake.placement;

/**
 * AM-03: the course of an AMI programme, in order. The situation analysis covers registration, first talk and
 * skills profile; the evaluation may lead to a programme change (an exit with reason TRANSFER and a new placement);
 * the final talk issues the report and participation confirmation (and a work reference where due) and sets the
 * follow-up.
 */
public enum CourseStage {
    SITUATION_ANALYSIS, GOAL_AGREEMENT, ACTION_PLAN, IMPLEMENTATION, EVALUATION, FINAL_TALK
}
