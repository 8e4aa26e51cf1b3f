package ch.so.integration.platform.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An audit record as read by the audit API. Immutable: records are written by {@link AuditLog} only. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    private long id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "actor_roles")
    private String actorRoles;

    private String institution;

    private String action;

    @Column(name = "resource_type")
    private String resourceType;

    @Column(name = "resource_id")
    private String resourceId;

    @Column(name = "subject_ref")
    private String subjectRef;

    @Column(name = "correlation_id")
    private String correlationId;

    protected AuditRecord() {
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, actorRoles, institution, action, resourceType, resourceId,
                subjectRef, correlationId);
    }
}
