package ch.so.integration.intake.programme.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.Programme;

public record ChangeCapacityRequest(
        @Schema(description = "Places; not fewer than are occupied", examples = "15")
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = Programme.MAX_CAPACITY, message = "must be at most " + Programme.MAX_CAPACITY) Integer capacity) {
}
