package ch.so.integration.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Who accessed a person's or case's data: every service answers this for its own data. */
@Path("/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final EntityManager entityManager;

    AuditResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    @Operation(summary = "Audit records about one person or case, newest first")
    public Page<AuditEntry> forSubject(@QueryParam("subject") @NotBlank String subject, @Valid @BeanParam PageQuery page) {
        long total = ((Number) entityManager.createNativeQuery("select count(*) from audit_log where subject_ref = ?1")
                .setParameter(1, subject).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, occurred_at, actor, actor_roles, institution, action, resource_type, resource_id,
                               subject_ref, correlation_id
                          from audit_log where subject_ref = ?1
                         order by occurred_at desc, id desc
                         limit ?2 offset ?3""")
                .setParameter(1, subject)
                .setParameter(2, page.size())
                .setParameter(3, page.offset())
                .getResultList();
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(),
                toOffsetDateTime(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9])).toList();
        return Page.of(entries, page, total);
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type");
    }
}
