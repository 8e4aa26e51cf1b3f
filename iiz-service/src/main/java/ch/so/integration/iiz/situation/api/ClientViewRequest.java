package ch.so.integration.iiz.situation.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** IZ-04: the client's view, from the talk with the coordinator on {@code talkOn}. */
public record ClientViewRequest(
        @NotNull(message = "is required") LocalDate talkOn,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text) {
}
