package ch.so.integration.iiz.situation;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * IZ-04: the coordinator issued a situation report; the social-assistance body (socialOffice) receives it. Ids,
 * version, date and the PDF's hash only: the report itself is fetched through the API by a case member.
 */
@EventType(aggregate = "situation", name = "situation-report-issued", version = 1)
public record SituationReportIssued(UUID caseId, UUID reportId, int reportVersion, LocalDate issuedOn,
                                    String socialOffice, String documentSha256) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
