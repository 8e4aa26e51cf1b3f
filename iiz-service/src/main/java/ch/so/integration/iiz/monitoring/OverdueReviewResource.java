package ch.so.integration.iiz.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.monitoring.api.OverdueView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IZ-09: the iiz office's overdue reviews, per coordinator. */
@Path("/monitoring/overdue")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueReviewResource {

    private final MonitoringService service;

    OverdueReviewResource(MonitoringService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Open cases a coordinator leads whose review is overdue, longest overdue first (IZ-09)")
    public Page<OverdueView> overdue(@Parameter(description = "The coordinator's account; the caller's when left out")
                                     @QueryParam("coordinator") String coordinator, @Valid @BeanParam PageQuery page) {
        return service.overdue(coordinator, page);
    }
}
