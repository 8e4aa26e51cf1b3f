package ch.so.integration.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Who accessed a person's or case's data: every service answers this for its own data. Not for partners. */
@Path("/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Audit records about one person or case, newest first")
    @Extension(name = "x-internal", value = "true", parseValue = true)
    public Page<AuditEntry> forSubject(@QueryParam("subject") @NotBlank(message = "is required") String subject,
                                       @Valid @BeanParam PageQuery page) {
        return trail.forSubject(subject, page);
    }
}
