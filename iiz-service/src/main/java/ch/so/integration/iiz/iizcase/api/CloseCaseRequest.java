package ch.so.integration.iiz.iizcase.api;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.iiz.iizcase.ClosureReason;

/** IZ-10: closes the case. */
public record CloseCaseRequest(@NotNull(message = "is required") ClosureReason reason) {
}
