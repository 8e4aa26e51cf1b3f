package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** SG-04: the day it became clear that the person in A is not a self-runner. */
public record PromptReviewRequest(@NotNull(message = "is required") LocalDate date) {
}
