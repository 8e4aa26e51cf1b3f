package ch.so.integration.daycenter.area.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A company holiday, {@code from} to {@code to} both included (DC-02). */
public record ClosureRequest(
        @NotNull(message = "is required") LocalDate from,
        @NotNull(message = "is required") LocalDate to,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String reason) {
}
