package ch.so.integration.daycenter.area.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.daycenter.area.WorkAreaKind;

/** Replaces capacity, kind and compensation (all three, as PUT does). The name stays. */
public record ChangeWorkAreaRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 50")
        @Max(value = 50, message = "must be between 1 and 50") Integer capacity,
        @NotNull(message = "is required") WorkAreaKind kind,
        @Schema(description = "CHF per month, 50.00 to 100.00 for WORK and SERVICE; absent for NONE (DC-06)")
        BigDecimal motivationCompensation) {
}
