package ch.so.integration.platform.audit;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import ch.so.integration.platform.correlation.CorrelationId;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;

/**
 * Records every read and write of personal data: who (actor, roles, institution), what (action, resource type and
 * id), for whom (the person or case), when, and the correlation id. Written in the caller's transaction, so a
 * write and its audit record commit together. The table is append-only: the application role has no UPDATE,
 * DELETE or TRUNCATE on it, and a trigger refuses them for everyone.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final Actors actors;

    AuditLog(EntityManager entityManager, Actors actors) {
        this.entityManager = entityManager;
        this.actors = actors;
    }

    /**
     * @param resourceType e.g. {@code person}, {@code placement}
     * @param resourceId   the id of the record read or written
     * @param subject      the person or case the data is about (its id, never a name or AHV number)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, Object resourceId, Object subject) {
        Actor actor = actors.current();
        Object correlation = MDC.get(CorrelationId.MDC_KEY);
        entityManager.createNativeQuery("""
                        insert into audit_log (actor, actor_roles, institution, action, resource_type, resource_id,
                                               subject_ref, correlation_id)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, actor.name())
                .setParameter(2, actor.system() ? "system" : actor.rolesAsText())
                .setParameter(3, actor.institution().orElse(null))
                .setParameter(4, action.name())
                .setParameter(5, resourceType)
                .setParameter(6, resourceId == null ? null : resourceId.toString())
                .setParameter(7, subject == null ? null : subject.toString())
                .setParameter(8, correlation == null ? null : correlation.toString())
                .executeUpdate();
    }

    /** One record per subject, e.g. for each person a search returned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, String resourceType, Collection<?> subjectIds) {
        for (Object id : subjectIds) {
            record(action, resourceType, id, id);
        }
    }
}
