package ch.so.integration.daycenter.monthclose.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ch.so.integration.daycenter.attendance.AttendanceKind;

/** A correction of one day of a closed month: either hours or an absence kind, and always a reason. */
public record CorrectionRequest(@NotNull(message = "is required") UUID placementId,
                                @NotNull(message = "is required") LocalDate date,
                                BigDecimal hours, AttendanceKind absence,
                                @NotBlank(message = "is required") @Size(max = 500, message = "at most 500 characters")
                                String reason) {
}
