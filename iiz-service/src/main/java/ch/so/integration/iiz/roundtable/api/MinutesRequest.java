package ch.so.integration.iiz.roundtable.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** IZ-07: the minutes of the round table, with the binding measures agreed. */
public record MinutesRequest(
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String text) {
}
