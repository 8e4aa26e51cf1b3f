package ch.so.integration.daycenter.planning.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The whole week's plan: it replaces what was planned for the week. An empty list clears the week. */
public record WeekPlanRequest(
        @NotNull(message = "is required") @Size(max = 5000, message = "must hold at most 5000 entries")
        List<@NotNull(message = "must not be null") @Valid PlanEntryRequest> entries) {
}
