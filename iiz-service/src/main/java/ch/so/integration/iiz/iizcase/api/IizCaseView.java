package ch.so.integration.iiz.iizcase.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.iizcase.CaseManagerAccess;
import ch.so.integration.iiz.iizcase.CaseStatus;
import ch.so.integration.iiz.iizcase.ClosureReason;
import ch.so.integration.iiz.iizcase.Decision;
import ch.so.integration.iiz.iizcase.IizCase;
import ch.so.integration.iiz.iizcase.RegistrationPath;

/** An iiz case as the API shows it. Absent fields are not (or no longer) set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IizCaseView(
        UUID id,
        @Schema(description = "Intake's person id") UUID personId,
        RegistrationPath registrationPath,
        String registeringInstitution,
        String socialOffice,
        String caseManager,
        CaseManagerAccess caseManagerAccess,
        String coordinator,
        CaseStatus status,
        @Schema(description = "Erased at closure (IZ-10)") String caseDescription,
        @Schema(description = "Erased at closure (IZ-10)") String mandate,
        List<String> requiredDocuments,
        List<Member> team,
        LocalDate registeredOn,
        LocalDate forwardedOn,
        LocalDate teamAssembledOn,
        Decision decision,
        LocalDate decidedOn,
        String recommendation,
        LocalDate closureAnnouncedOn,
        ClosureReason closureReason,
        LocalDate closedOn,
        OffsetDateTime createdAt) {

    /** A partner institution's specialist in the case team. */
    public record Member(String institution, String specialist) {
    }

    public static IizCaseView of(IizCase c) {
        return new IizCaseView(c.id(), c.personId(), c.registrationPath(), c.registeringInstitution(),
                c.socialOffice(), c.caseManager().orElse(null), c.caseManagerAccess(), c.coordinator().orElse(null),
                c.status(), c.caseDescription().orElse(null), c.mandate().orElse(null), c.requiredDocuments(),
                c.team().stream().map(m -> new Member(m.institution(), m.specialist())).toList(), c.registeredOn(),
                c.forwardedOn().orElse(null), c.teamAssembledOn().orElse(null), c.decision().orElse(null),
                c.decidedOn().orElse(null), c.recommendation().orElse(null), c.closureAnnouncedOn().orElse(null),
                c.closureReason().orElse(null), c.closedOn().orElse(null), c.createdAt());
    }
}
