package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record EndMeasureRequest(@NotNull(message = "is required") LocalDate endDate) {
}
