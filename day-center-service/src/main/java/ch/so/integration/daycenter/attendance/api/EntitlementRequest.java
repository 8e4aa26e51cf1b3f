package ch.so.integration.daycenter.attendance.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** DC-03: internal housing grants more than the default 5 weeks. */
public record EntitlementRequest(@NotNull(message = "is required") @Min(value = 5, message = "must be at least 5")
                                 @Max(value = 10, message = "must be at most 10") Integer weeks) {
}
