package ch.so.integration.iiz.iizcase.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.iizcase.RegistrationPath;

/** Registers a person in the iiz network (IZ-02 path 1a, IZ-03 path 1b). */
public record RegisterCaseRequest(
        @Schema(description = "Intake's person id (never the AHV number)") @NotNull(message = "is required")
        UUID personId,
        @Schema(description = "SOCIAL_ASSISTANCE (1a, by the iiz specialists) or PARTNER_INSTITUTION (1b)")
        @NotNull(message = "is required") RegistrationPath registrationPath,
        @Schema(description = "The responsible social-assistance body (institution id, e.g. SOZIALREGION-OLTEN)")
        @NotNull(message = "is required") @Size(max = 60, message = "must be at most 60 characters")
        String socialOffice,
        @Schema(description = "1b: the registering partner institution; a partner's token names it (omit or equal)")
        @Size(max = 60, message = "must be at most 60 characters") String registeringInstitution,
        @Schema(description = "1b: the registering institution's specialist (account); default: the caller")
        @Size(max = 100, message = "must be at most 100 characters") String specialist,
        @Schema(description = "The social office's case manager (account), if known")
        @Size(max = 100, message = "must be at most 100 characters") String caseManager,
        @Schema(description = "The (oral) case description as noted; required for 1a")
        @Size(max = 4000, message = "must be at most 4000 characters") String caseDescription,
        @Schema(description = "The mandate to the iiz network; required for 1a")
        @Size(max = 2000, message = "must be at most 2000 characters") String mandate,
        @Schema(description = "IZ-02: checklist of the documents the registration needs (names only)")
        @Size(max = 30, message = "at most 30 documents") List<String> requiredDocuments) {
}
