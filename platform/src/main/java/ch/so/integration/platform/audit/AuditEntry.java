package ch.so.integration.platform.audit;

import java.time.OffsetDateTime;

/** One audit record as the audit API shows it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String institution,
                         String action, String resourceType, String resourceId, String subject,
                         String correlationId) {
}
