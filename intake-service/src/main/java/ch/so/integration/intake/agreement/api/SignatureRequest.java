package ch.so.integration.intake.agreement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DC-12: who signed, when, and where the signed scan is filed. */
public record SignatureRequest(
        @NotNull(message = "is required") LocalDate signedOn,
        @Schema(description = "Who signed for the participant: the participant or a legal representative")
        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters") String signedBy,
        @Schema(description = "Who signed for the institution or provider")
        @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters")
        String institutionSignatory,
        @Schema(description = "Reference of the signed scan in the document store", examples = "DMS-2026-000123")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String scanReference) {
}
