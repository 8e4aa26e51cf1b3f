package ch.so.integration.daycenter.attendance.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** DC-03: whole weeks, Monday to Friday, from a Monday. */
public record VacationRequest(@NotNull(message = "is required") LocalDate fromMonday,
                              @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                              @Max(value = 10, message = "must be at most 10") Integer weeks) {
}
