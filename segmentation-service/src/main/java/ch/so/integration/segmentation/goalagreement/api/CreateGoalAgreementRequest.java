package ch.so.integration.segmentation.goalagreement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** SG-06: a goal agreement for the case's current period (after its segment decision, or aftercare start). */
public record CreateGoalAgreementRequest(@NotNull(message = "is required") UUID caseId,
                                         @NotNull(message = "is required") LocalDate agreedOn,
                                         List<GoalDto> goals) {
}
