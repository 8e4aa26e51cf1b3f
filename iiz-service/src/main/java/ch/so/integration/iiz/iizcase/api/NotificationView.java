package ch.so.integration.iiz.iizcase.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.iiz.iizcase.CaseNotification;

/**
 * A notification to the case's social-assistance body: {@code kind} CLOSURE_ANNOUNCED (IZ-10) or
 * SITUATION_REPORT_ISSUED (IZ-04, {@code itemId} = the report: {@code GET …/situation/reports/{itemId}}), the
 * recipient (the social office's institution id), when and by whom. No content.
 */
public record NotificationView(UUID id, UUID caseId, String recipient, String kind, UUID itemId,
                               OffsetDateTime sentAt, String sentBy) {

    public static NotificationView of(CaseNotification n) {
        return new NotificationView(n.id(), n.caseId(), n.recipient(), n.kind(), n.itemId(), n.sentAt(), n.sentBy());
    }
}
