package ch.so.integration.daycenter.planning.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.daycenter.area.HalfDay;

public record PlanEntryRequest(
        @NotNull(message = "is required") UUID placementId,
        @NotNull(message = "is required") LocalDate date,
        @NotNull(message = "is required") HalfDay halfDay,
        @NotNull(message = "is required") UUID areaId) {
}
