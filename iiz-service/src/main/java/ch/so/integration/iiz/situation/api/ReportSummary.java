package ch.so.integration.iiz.situation.api;

import java.time.LocalDate;
import java.util.UUID;

/** An issued report: where to get its JSON and PDF. */
public record ReportSummary(UUID id, UUID caseId, int version, LocalDate issuedOn, String issuedBy,
                           String documentSha256, String contentUrl, String documentUrl) {

    public static ReportSummary of(UUID id, UUID caseId, int version, LocalDate issuedOn, String issuedBy, String sha) {
        String base = "cases/" + caseId + "/situation/reports/" + id;
        return new ReportSummary(id, caseId, version, issuedOn, issuedBy, sha, base, base + "/document");
    }
}
