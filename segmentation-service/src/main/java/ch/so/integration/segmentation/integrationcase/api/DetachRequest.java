package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.segmentation.integrationcase.DetachmentReason;

/** SG-09, SG-10: the person left social assistance, and why. */
public record DetachRequest(@NotNull(message = "is required") LocalDate date,
                            @NotNull(message = "is required (PROFESSIONAL_INTEGRATION, SUBSIDIARITY or OTHER)")
                            DetachmentReason reason) {
}
