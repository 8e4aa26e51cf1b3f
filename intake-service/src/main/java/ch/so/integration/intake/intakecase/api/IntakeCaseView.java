package ch.so.integration.intake.intakecase.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.intakecase.IntakeCase;
import ch.so.integration.intake.intakecase.IntakeCaseStatus;
import ch.so.integration.intake.intakecase.IntakeStep;
import ch.so.integration.intake.intakecase.IntakeUnit;
import ch.so.integration.intake.intakecase.RecordedStep;

/** An intake case as the API shows it. */
public record IntakeCaseView(
        UUID id,
        UUID personId,
        IntakeUnit openedBy,
        @Schema(description = "DC-10: always INTAKE_WORK") IntakeUnit coordinatingUnit,
        IntakeCaseStatus status,
        LocalDate openedOn,
        @Schema(description = "The step to record next; absent once the case is completed or withdrawn")
        @JsonInclude(JsonInclude.Include.NON_NULL) IntakeStep nextStep,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate completedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate withdrawnOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String withdrawnBy,
        List<Step> steps,
        OffsetDateTime createdAt) {

    /** A recorded step. */
    public record Step(IntakeStep step, LocalDate date, String responsible,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String note, OffsetDateTime recordedAt) {

        static Step of(RecordedStep step) {
            return new Step(step.step(), step.date(), step.responsible(), step.note(), step.recordedAt());
        }
    }

    public static IntakeCaseView of(IntakeCase c) {
        return new IntakeCaseView(c.id(), c.personId(), c.openedBy(), c.coordinatingUnit(), c.status(), c.openedOn(),
                c.nextStep().orElse(null), c.completedOn().orElse(null), c.withdrawnOn().orElse(null),
                c.withdrawnBy().orElse(null), c.steps().stream().map(Step::of).toList(), c.createdAt());
    }
}
