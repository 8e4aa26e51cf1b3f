package ch.so.integration.iiz.iizcase.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** IZ-03: the regional case team: one specialist per partner institution plus the social office's case manager. */
public record TeamRequest(
        @NotEmpty(message = "at least one partner institution is required") @Size(max = 20, message = "at most 20")
        List<@Valid @NotNull(message = "is required") Member> members,
        @Schema(description = "The social office's case manager (account)") @NotNull(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters") String caseManager) {

    /** One partner institution's specialist. */
    public record Member(
            @Schema(description = "Institution id, as in partner tokens (e.g. RAV-OLTEN, IV-STELLE)")
            @NotNull(message = "is required") @Size(max = 60, message = "must be at most 60 characters")
            String institution,
            @Schema(description = "The specialist's account") @NotNull(message = "is required")
            @Size(max = 100, message = "must be at most 100 characters") String specialist) {
    }
}
