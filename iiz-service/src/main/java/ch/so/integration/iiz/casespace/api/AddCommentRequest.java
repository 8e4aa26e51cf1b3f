package ch.so.integration.iiz.casespace.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AddCommentRequest(
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        String text) {
}
