package ch.so.integration.intake.placement.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.intake.placement.CourseStage;
import ch.so.integration.intake.placement.CourseStep;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourseStepView(CourseStage stage, LocalDate date, String note, Boolean reportIssued,
                             Boolean participationConfirmationIssued, Boolean workReferenceIssued, String followUp) {

    public static CourseStepView of(CourseStep s) {
        return new CourseStepView(s.stage(), s.date(), s.note(), s.reportIssued(), s.participationConfirmationIssued(),
                s.workReferenceIssued(), s.followUp());
    }
}
