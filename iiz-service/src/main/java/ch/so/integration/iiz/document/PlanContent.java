package ch.so.integration.iiz.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the printed integration plan (IZ-08) says: pure data. Ids only for the client (the case id); no names.
 *
 * @param signatures null while the plan is a draft: the signature block then has blank lines to sign at the kickoff
 */
public record PlanContent(UUID caseId, int version, int revision, String status, LocalDate documentDate,
                          List<Measure> measures, List<String> approvedBy, Signatures signatures) {

    public PlanContent {
        if (caseId == null || documentDate == null || status == null) {
            throw new IllegalArgumentException("caseId, status and documentDate are required");
        }
        measures = measures == null ? List.of() : List.copyOf(measures);
        approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
    }

    /** A measure: what, until when, who is responsible (institution and/or person). */
    public record Measure(String title, String description, LocalDate deadline, String responsible) {
    }

    /** Who signed at the kickoff. */
    public record Signatures(LocalDate kickoffOn, String coordinator, String client) {
    }
}
