package ch.so.integration.iiz.plan.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** IZ-08: the kickoff at which the coordinator (the caller) and the client sign. */
public record SignatureRequest(
        @NotNull(message = "is required") LocalDate kickoffOn,
        @Schema(description = "Who signed for the client: the client or a legal representative")
        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
        String clientSignatory) {
}
