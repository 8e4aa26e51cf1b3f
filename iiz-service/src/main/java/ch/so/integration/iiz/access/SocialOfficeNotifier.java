package ch.so.integration.iiz.access;

import java.util.UUID;

/**
 * IZ-04, IZ-10: tells the case's social-assistance body (its {@code socialOffice}) about a step of the case: a
 * notification record in the caller's transaction that the social office's case manager reads
 * ({@code GET /api/iiz/cases/{id}/notifications}). Implemented by the case package.
 */
public interface SocialOfficeNotifier {

    /** IZ-04: the coordinator issued a situation report (the item is the report). */
    String SITUATION_REPORT_ISSUED = "SITUATION_REPORT_ISSUED";

    void notifySocialOffice(CaseAccess.CaseScope scope, String kind, UUID itemId);
}
