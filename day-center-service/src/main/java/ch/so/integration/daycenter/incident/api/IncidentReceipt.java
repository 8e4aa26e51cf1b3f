package ch.so.integration.daycenter.incident.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the recorder gets back: the incident's id, not its content (reading is for the lead and case manager). */
public record IncidentReceipt(UUID id, UUID placementId, OffsetDateTime recordedAt) {
}
