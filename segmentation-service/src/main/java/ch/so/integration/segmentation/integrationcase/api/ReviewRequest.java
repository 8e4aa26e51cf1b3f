package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * SG-07: the review. Every goal of the goal agreement in force is evaluated; the person's situation and the labour
 * market are weighed; the decision keeps or changes the segment.
 */
public record ReviewRequest(@NotNull(message = "is required") LocalDate heldOn,
                            List<GoalEvaluationDto> goalEvaluations, String situation, String labourMarket,
                            @NotNull(message = "is required") DecisionDto decision) {
}
