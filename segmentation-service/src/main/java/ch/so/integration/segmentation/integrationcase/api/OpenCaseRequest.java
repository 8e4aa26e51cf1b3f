package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ch.so.integration.segmentation.integrationcase.AssistanceType;

/**
 * SG-01: the administrative case intake. {@code personId} is intake's person id (never the AHV number);
 * {@code openedOn} defaults to today.
 */
public record OpenCaseRequest(@NotNull(message = "is required") UUID personId,
                              @NotNull(message = "is required (REGULAR or ASYLUM)") AssistanceType assistanceType,
                              @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String socialRegion,
                              @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String caseworker,
                              LocalDate openedOn) {
}
