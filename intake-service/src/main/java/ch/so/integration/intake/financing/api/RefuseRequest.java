package ch.so.integration.intake.financing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The financing body's refusal and its stated reason. */
public record RefuseRequest(
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
