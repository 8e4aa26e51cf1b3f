package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.segmentation.integrationcase.IntakeStep;

/**
 * SG-01: the next step of process 2010. {@code entitled} is the outcome of the need and entitlement check (only
 * there); {@code findings} is the short assessment's summary (required there), a note elsewhere.
 */
public record IntakeStepRequest(@NotNull(message = "is required") IntakeStep step,
                                @NotNull(message = "is required") LocalDate date,
                                Boolean entitled, String findings) {
}
