package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record CloseRequest(@NotNull(message = "is required") LocalDate closedOn) {
}
