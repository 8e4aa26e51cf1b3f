package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.segmentation.measure.MeasureType;

/** SG-05: a measure for the case; {@code justification} where the segment admits it only as an exception. */
public record AssignMeasureRequest(@NotNull(message = "is required") MeasureType type,
                                   @NotNull(message = "is required") LocalDate startDate, String justification) {
}
