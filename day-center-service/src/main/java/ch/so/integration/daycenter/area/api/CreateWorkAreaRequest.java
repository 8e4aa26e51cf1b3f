package ch.so.integration.daycenter.area.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.daycenter.area.WorkAreaKind;

public record CreateWorkAreaRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String name,
        @Schema(description = "Participants per half-day, 1 to 50")
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 50")
        @Max(value = 50, message = "must be between 1 and 50") Integer capacity,
        @Schema(description = "WORK or SERVICE pay motivation compensation, NONE does not (DC-06)")
        @NotNull(message = "is required") WorkAreaKind kind,
        @Schema(description = "CHF per month, 50.00 to 100.00 for WORK and SERVICE; absent for NONE (DC-06)")
        BigDecimal motivationCompensation) {
}
