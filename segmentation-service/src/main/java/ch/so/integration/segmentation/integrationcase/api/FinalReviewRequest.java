package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/** SG-09: the final review at the end of aftercare, with the subsidiarity check. */
public record FinalReviewRequest(@NotNull(message = "is required") LocalDate heldOn,
                                 List<GoalEvaluationDto> goalEvaluations, String situation,
                                 Boolean furtherSupportNeeded, String takenOverBy) {
}
