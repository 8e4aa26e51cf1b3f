package ch.so.integration.iiz.plan;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * IZ-08: coordinator and client signed a version of the integration plan at the kickoff; the previous version, if
 * any, is superseded. Ids, version, dates and counts only.
 */
@EventType(aggregate = "integration-plan", name = "integration-plan-signed", version = 1)
public record IntegrationPlanSigned(UUID caseId, UUID planId, int planVersion, LocalDate kickoffOn, int measureCount,
                                    LocalDate earliestDeadline, UUID supersededPlanId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
