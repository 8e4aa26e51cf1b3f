package ch.so.integration.iiz.iizcase.api;

import java.util.UUID;

import ch.so.integration.iiz.iizcase.CaseManagerAccess;

/** IZ-06: where the case manager's access request stands (what the case manager may know before access). */
public record CaseManagerAccessView(UUID caseId, String caseManager, CaseManagerAccess caseManagerAccess) {
}
