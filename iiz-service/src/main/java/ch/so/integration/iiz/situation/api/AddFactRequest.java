package ch.so.integration.iiz.situation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** IZ-04: an institution's facts about the client's situation. */
public record AddFactRequest(
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text) {
}
