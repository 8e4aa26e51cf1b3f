package ch.so.integration.intake.agreement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.intake.agreement.Agreement;
import ch.so.integration.intake.agreement.AgreementStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementView(UUID id, UUID placementId, UUID personId, String partnerName, String noticePeriod,
                            int noticeMonths, int noticeDays, boolean noticeToMonthEnd,
                            String collaborationRules, AgreementStatus status, OffsetDateTime createdAt,
                            LocalDate signedOn, String signedBy, String institutionSignatory, String scanReference,
                            OffsetDateTime signatureRecordedAt, String signedDocumentSha256, String documentUrl) {

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.id(), a.placementId(), a.personId(), a.partnerName(), a.noticePeriod().text(),
                a.noticePeriod().months(), a.noticePeriod().days(), a.noticePeriod().toMonthEnd(),
                a.collaborationRulesReference() + ", " + a.collaborationRulesVersion(), a.status(), a.createdAt(),
                a.signedOn(), a.signedBy(), a.institutionSignatory(), a.scanReference(), a.signatureRecordedAt(), a.signedDocumentSha256(),
                "agreements/" + a.id() + "/document");
    }
}
